// The show's link for a view filtered to some departments. A module of its own: the header's 演示
// button needs only this, and a module the first screen imports is bundled into it whole, so the
// rest of the playlist's code (src/domain/playlist.ts) stays in the show's own chunk.

/**
 * The show's link for a view filtered to `departments`, every other setting its default: what
 * `serializePlaylist({ departments })` writes.
 */
export function departmentsPlaylist(departments: readonly string[]): URLSearchParams {
  return new URLSearchParams(departments.map((d) => ['dept', d]));
}
