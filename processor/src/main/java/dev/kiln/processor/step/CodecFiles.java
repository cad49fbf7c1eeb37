package dev.kiln.processor.step;

import com.palantir.javapoet.JavaFile;
import dev.kiln.processor.model.RecordModel;
import dev.kiln.processor.model.TypeModel;
import dev.kiln.processor.validation.Messages;
import dev.kiln.processor.validation.Report;
import dev.kiln.processor.writing.EnumCodecFile;
import dev.kiln.processor.writing.FormReaderFile;
import dev.kiln.processor.writing.Generated;
import dev.kiln.processor.writing.JsonReaderFile;
import dev.kiln.processor.writing.JsonWriterFile;
import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.JavaFileObject;

/**
 * Writes generated files, each codec once per compilation however many handlers and clients
 * need it (the routes and client steps share one instance).
 */
final class CodecFiles {
  private final Filer filer;
  private final Set<String> written = new HashSet<>();

  CodecFiles(Filer filer) {
    this.filer = filer;
  }

  /** The number of codecs written so far. */
  int count() {
    return written.size();
  }

  /** Writes the codecs of {@code plan} not written yet. */
  void write(CodecPlan plan, Report report) {
    for (RecordModel record : plan.readers().values()) {
      writeOnce("reader:" + record.type().key(), () -> new JsonReaderFile().write(record),
          record.element(), report);
    }
    for (RecordModel record : plan.writers().values()) {
      writeOnce("writer:" + record.type().key(), () -> new JsonWriterFile().write(record),
          record.element(), report);
    }
    for (RecordModel record : plan.forms().values()) {
      writeOnce("form:" + record.type().key(), () -> new FormReaderFile().write(record),
          record.element(), report);
    }
    for (RecordModel record : plan.multiparts().values()) {
      writeOnce("multipart:" + record.type().key(),
          () -> new FormReaderFile(true).write(record), record.element(), report);
    }
    for (TypeModel type : plan.enums().values()) {
      writeOnce("enum:" + type.key(), () -> new EnumCodecFile().write(type),
          type.typeElement(), report);
    }
  }

  private void writeOnce(String key, Supplier<JavaFile> file, Element origin, Report report) {
    if (written.add(key)) {
      write(file.get(), origin, report);
    }
  }

  /** Writes {@code file} through the {@code Filer}, with the elements it was generated from. */
  void write(JavaFile file, Element origin, Report report) {
    String name = Generated.qualifiedName(file);
    try {
      JavaFileObject source = filer.createSourceFile(name,
          Generated.origins(file).toArray(new Element[0]));
      try (Writer out = source.openWriter()) {
        out.write(Generated.text(file));
      }
    } catch (IOException e) {
      report.error(origin, Messages.writeFailed(name, e.getMessage()));
    }
  }
}
