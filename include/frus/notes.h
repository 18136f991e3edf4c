/* notes.h — recovering footnote markers from copied text.
 *
 * On the web page a footnote mark is a superscript; copied as text it is a
 * bare number glued to what precedes it: "Kennedy1", "(GATT).6",
 * "Recommendations:3", even "August 82" (August 8, note 2).  Notes are
 * numbered 1..N in reading order and every number occurs once, so the
 * markers are the highest-scoring increasing sequence of candidate digit
 * strings: a dynamic programme over all candidates, not a per-case rule. */
#ifndef FRUS_NOTES_H
#define FRUS_NOTES_H

#include <stddef.h>

typedef struct {
	size_t seg;    /* index of the text segment holding the marker */
	size_t off;    /* byte offset of the marker in that segment */
	size_t len;    /* length of the marker (its digits) */
} frus_marker;

/* segs[i]/lens[i]: the document's inline texts in reading order, with
 * regions that cannot hold markers (page breaks) blanked with spaces.
 * Finds markers for notes 1..nnotes.  Returns nnotes on success; otherwise
 * the number k of notes that could be placed in order (note k+1 is the
 * first one with no possible marker). */
size_t frus_notes_recover(const char *const *segs, const size_t *lens, size_t nsegs,
                          size_t nnotes, frus_marker *out);

/* The same for notes marked "a", "b", … or "*", "†", … (older volumes):
 * marks[k] is note k+1's mark.  A letter glued to a word ("Kennedya") may
 * be the word's own last letter: such candidates rank below marks after
 * punctuation or figures, and glued[k] (when not NULL) is set for each
 * chosen one so the caller can warn. */
size_t frus_notes_recover_marks(const char *const *segs, const size_t *lens, size_t nsegs,
                                const char *const *marks, size_t nnotes, frus_marker *out,
                                int *glued);

#endif
