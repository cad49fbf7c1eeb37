package dev.kiln.runtime;

/**
 * Whether the operations of a Kiln application mounted into another ({@link
 * KilnServer.Builder#mount(String, KilnServer.Builder, MountedOperations)}) are in the mounting
 * server's OpenAPI document.
 */
public enum MountedOperations {
  /**
   * Merged into the document under the mount's prefix ({@code GET /items} mounted at {@code /v2}
   * is {@code GET /v2/items}), and checked as served there.
   */
  DOCUMENTED,
  /** Left out of the document: served, but neither listed nor checked. */
  UNDOCUMENTED
}
