package dev.kiln.example.board;

import dev.kiln.example.Todo;
import java.util.List;

/**
 * The to-dos of one upstream.
 *
 * @param upstream the upstream's base URI, as configured
 * @param todos its to-dos, in its id order
 */
public record UpstreamTodos(String upstream, List<Todo> todos) {}
