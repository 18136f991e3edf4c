/* notes.h — recovering footnote markers from copied text.
 *
 * On the web page a footnote mark is a superscript; copied as text it is
 * glued to what precedes it: "Kennedy1", "(GATT).6", "Recommendations:3",
 * even "August 82" (August 8, note 2), or a letter or symbol in older
 * volumes ("instant.†").  The page lists the notes in reading order with
 * their printed marks, which need not start at 1 nor run without gaps or
 * repeats (per-chapter numbering gives 96, 97, 98; a note printed at block
 * level leaves 1, 2, 4).  So the markers are the best sequence of
 * candidate positions, strictly increasing in list order, each spelling
 * its note's mark: a dynamic programme over all candidates that first
 * places as many notes as possible, then prefers the likelier positions.
 * A note whose mark occurs nowhere in order is left unplaced, never
 * guessed across the order. */
#ifndef FRUS_NOTES_H
#define FRUS_NOTES_H

#include <stddef.h>

typedef struct {
	size_t seg;    /* index of the text segment holding the marker */
	size_t off;    /* byte offset of the marker in that segment */
	size_t len;    /* length of the marker; 0: the note was not placed */
	double score;  /* how much the spot looks like a marker (for warnings:
	                * below 1 means weak evidence, e.g. a letter glued to a
	                * word, which may be the word's own last letter) */
} frus_marker;

typedef struct {
	const char *mark;   /* the printed mark: "1", "96", "a", "†" */
	const char *text;   /* the note's text, or NULL: a number it cites
	                     * ("Telegrams Nos. 5961 and 5973") tells which of
	                     * the digits before a glued mark are the number */
	size_t textlen;
} frus_note_ref;

/* segs[i]/lens[i]: the document's inline texts in reading order, with
 * regions that cannot hold markers (page breaks) blanked with spaces.
 * notes[k]: note k, in list order.  Fills out[k] for every note; returns
 * how many were placed. */
size_t frus_notes_place(const char *const *segs, const size_t *lens, size_t nsegs,
                        const frus_note_ref *notes, size_t nnotes, frus_marker *out);

/* Numbers that look like markers (glued to a word or after closing
 * punctuation, at most maxval) but are none of the placed markers: the
 * marks of notes that are missing, or of a footnote list that was not
 * recognised.  Fills at most max spots in out (seg, off, len; score set);
 * returns how many there are. */
size_t frus_notes_unexplained(const char *const *segs, const size_t *lens, size_t nsegs,
                              const frus_marker *placed, size_t nplaced, unsigned long maxval,
                              frus_marker *out, size_t max);

#endif
