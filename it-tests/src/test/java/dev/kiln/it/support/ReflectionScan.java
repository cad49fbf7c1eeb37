package dev.kiln.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Finds reflective calls in class files by visiting their call instructions with ASM (not their
 * constant pools: lambdas, records and string concatenation are invokedynamic instructions whose
 * bootstrap methods take a {@code MethodHandles$Lookup}, which is allowed).
 *
 * <p>Forbidden: any member of {@code java/lang/reflect/*}; {@code Class.forName}, {@code
 * Class.get(Declared)Method(s)/Field(s)/Constructor(s)}, {@code Class.newInstance}; {@code
 * MethodHandles.lookup/privateLookupIn/publicLookup} and {@code MethodHandles$Lookup.find*} and
 * {@code unreflect*}; anything of {@code java/util/ServiceLoader}. Also as method handles (method
 * references, {@code ldc}). Allowed invokedynamic bootstraps: {@code LambdaMetafactory}, {@code
 * ObjectMethods}, {@code StringConcatFactory}.
 */
public final class ReflectionScan {
  private static final Set<String> ALLOWED_BOOTSTRAPS = Set.of(
      "java/lang/invoke/LambdaMetafactory",
      "java/lang/runtime/ObjectMethods",
      "java/lang/invoke/StringConcatFactory");
  private static final Set<String> CLASS_METHODS = Set.of(
      "forName", "getMethod", "getDeclaredMethod", "getMethods", "getDeclaredMethods",
      "getField", "getDeclaredField", "getFields", "getDeclaredFields",
      "getConstructor", "getDeclaredConstructor", "getConstructors", "getDeclaredConstructors",
      "newInstance", "getRecordComponents");
  private static final Set<String> LOOKUP_FACTORIES =
      Set.of("lookup", "privateLookupIn", "publicLookup");

  private final List<String> violations = new ArrayList<>();
  private int classes;
  private int calls;
  private int allowedIndys;

  /** Scans one class file; {@code source} names it in violations (e.g. the jar entry). */
  public void scan(String source, InputStream classFile) {
    ClassReader reader;
    try {
      reader = new ClassReader(classFile);
    } catch (IOException e) {
      throw new UncheckedIOException(source, e);
    }
    classes++;
    reader.accept(new ClassVisitor(Opcodes.ASM9) {
      @Override
      public MethodVisitor visitMethod(int access, String name, String descriptor,
          String signature, String[] exceptions) {
        String where = source + " " + reader.getClassName() + "." + name + descriptor;
        return new MethodVisitor(Opcodes.ASM9) {
          @Override
          public void visitMethodInsn(int opcode, String owner, String method, String desc,
              boolean isInterface) {
            calls++;
            check(where, owner, method);
          }

          @Override
          public void visitInvokeDynamicInsn(String method, String desc, Handle bootstrap,
              Object... arguments) {
            if (ALLOWED_BOOTSTRAPS.contains(bootstrap.getOwner())) {
              allowedIndys++;
            } else {
              violations.add(where + ": invokedynamic bootstrap " + bootstrap.getOwner() + "."
                  + bootstrap.getName());
            }
            for (Object argument : arguments) {
              if (argument instanceof Handle) {
                Handle handle = (Handle) argument;
                check(where, handle.getOwner(), handle.getName());
              }
            }
          }

          @Override
          public void visitLdcInsn(Object value) {
            if (value instanceof Handle) {
              Handle handle = (Handle) value;
              check(where, handle.getOwner(), handle.getName());
            }
          }
        };
      }
    }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
  }

  private void check(String where, String owner, String method) {
    if (isForbidden(owner, method)) {
      violations.add(where + ": calls " + owner + "." + method);
    }
  }

  /** Whether calling {@code owner.method} (internal names) is reflection. */
  static boolean isForbidden(String owner, String method) {
    if (owner.startsWith("java/lang/reflect/") || owner.equals("java/util/ServiceLoader")) {
      return true;
    }
    switch (owner) {
      case "java/lang/Class":
        return CLASS_METHODS.contains(method);
      case "java/lang/invoke/MethodHandles":
        return LOOKUP_FACTORIES.contains(method);
      case "java/lang/invoke/MethodHandles$Lookup":
        return method.startsWith("find") || method.startsWith("unreflect");
      default:
        return false;
    }
  }

  /** Every violation found so far, one line each. */
  public List<String> violations() {
    return List.copyOf(violations);
  }

  /** How many class files were scanned. */
  public int classes() {
    return classes;
  }

  /** How many method call instructions were visited. */
  public int calls() {
    return calls;
  }

  /** How many invokedynamic instructions had an allowed bootstrap. */
  public int allowedIndys() {
    return allowedIndys;
  }
}
