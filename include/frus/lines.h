/* lines.h — the lines of a FRUS text and the shapes a line's start shows.
 *
 * The web copy has one line per paragraph, list item, closer line,
 * table row or footnote; what a line starts with (indentation, a bullet,
 * a footnote number, "[Page 873]") is read here once, for every later
 * stage (copy.c, footnotes.c, blocks.c). */
#ifndef FRUS_LINES_H
#define FRUS_LINES_H

#include <stddef.h>
#include "frus/text.h"

typedef struct {
	const char *s;     /* the line after its indentation */
	size_t len;        /* without indentation and trailing blanks */
	size_t off;        /* byte offset of s in the text */
	long no;           /* line number in the input */
	size_t ind;        /* columns of indentation (spaces) */
	size_t bullet;     /* bytes of a leading list bullet and the space after
	                    * it ("• ", "* ", "- ", "· "), 0 if none */
} frus_line;

/* Splits t into lines (trailing blanks dropped); *n gets the count. */
frus_line *frus_lines_split(const frus_text *t, size_t *n);

static inline int
frus_line_blank(const frus_line *l)
{
	return l->len == 0;
}

/* Bytes of a list bullet and one space at s ("• ", "* ", "- ", "· ",
 * "◦ ", "▪ ", "‣ "), 0 if s does not start with one. */
size_t frus_bullet_len(const char *s, size_t n);

/* "12. text", "2a. text", "a. text", "*. text", "†. text" (a footnote's start, also a
 * numbered paragraph's): the mark's length, with *text the offset of the
 * text after ". " (n when the line is only "12."); 0 if no such start. */
size_t frus_mark_line(const char *s, size_t n, size_t *text);

/* Locates "[Page N]" in s: returns its start or NULL; *len gets its length
 * and *num, *numlen the page number. */
const char *frus_find_page(const char *s, size_t slen, size_t *len, const char **num,
                           size_t *numlen);

/* Is the whole line one "[Page N]"? */
int frus_line_is_page(const frus_line *l);

#endif
