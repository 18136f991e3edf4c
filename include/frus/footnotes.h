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

#include "frus/lines.h"

typedef struct {
	const char *text;   /* points into the input buffer; not NUL-terminated */
	size_t len;
	size_t off;
	long line;
} frus_span;

typedef struct {
	char *n;            /* printed mark: "1", "96", "2a", "a", "*", "†" … */
	frus_span *paras;   /* first line, then each continuation paragraph */
	size_t npara;
	long line;
} frus_footnote;

typedef struct {
	const char *name;   /* the input, for messages */
	frus_span heading;  /* searched for markers too */
	frus_footnote *notes;
	size_t nnotes;
} frus_footnotes;

/* Finds the footnote list among lines [from, n): returns the index of
 * its first line (n when there is none) and fills f->notes.  Sets *rc to
 * FRUS_EXIT_INVALID after reporting a note without text. */
size_t frus_footnotes_find(frus_footnotes *f, const frus_line *ls, size_t from, size_t n, int *rc);

/* Frees the notes (and their marks and paragraphs). */
void frus_footnotes_free(frus_footnote *notes, size_t n);

#endif
