/* footnotes.h — the footnote list at the end of a FRUS text.
 *
 * The web page lists a document's footnotes after its text: "  1. text",
 * further paragraphs of a note indented four spaces.  A copy that strips
 * indentation leaves "1. text" lines that look like numbered paragraphs;
 * then the list is the final run of numbered lines whose marks the text
 * before them carries as glued markers (the most placed, the fewest
 * unplaced), so the evidence is the markers themselves. */
#ifndef FRUS_FOOTNOTES_H
#define FRUS_FOOTNOTES_H

#include "frus/blocks.h"
#include "frus/lines.h"

/* Finds the footnote list among lines [from, n): returns the index of
 * its first line (n when there is none) and fills d->notes.  Sets *rc to
 * FRUS_EXIT_INVALID after reporting a note without text. */
size_t frus_footnotes_find(frus_doc *d, const frus_line *ls, size_t from, size_t n, int *rc);

#endif
