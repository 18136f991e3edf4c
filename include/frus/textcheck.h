/* textcheck.h — the character checks of the Office's rules on one string,
 * by scanning it: what frus.sch writes as regular expressions
 * (frusx:matches) over every text node, which the built-in rules
 * (rules-chars.c) need at the speed of a parse.  Each function is the
 * expression named in its comment; tests/t-validate.sh compares them with
 * the expressions on the cases and the Office's files.  Strings are UTF-8;
 * \d is Unicode's Nd category, \s the four XML whitespace characters, as
 * in XML Schema (and XPath 2.0) regular expressions. */
#ifndef FRUS_TEXTCHECK_H
#define FRUS_TEXTCHECK_H

#include <stddef.h>

enum {
	FRUS_TC_OPEN_SPACE  = 1 << 0,   /* [“‘] followed by a space */
	FRUS_TC_CLOSE_SPACE = 1 << 1,   /* a space, [”’], then a non-digit */
	FRUS_TC_STRAIGHT    = 1 << 2,   /* \D['"]: a straight quote after a non-digit */
	FRUS_TC_CURLY       = 1 << 3,   /* [‘’“”] */
	FRUS_TC_PAIR        = 1 << 4,   /* [’”][‘“]|[‘“][’”] */
	FRUS_TC_PUNCT_SPACE = 1 << 5    /* after dropping ellipses: ^\s+[.,:;?!>)\]}]
	                                   or [a-z]\s+[.,:;?!>)\]}] */
};

/* The FRUS_TC_ flags of the NUL-terminated s (n: its length). */
unsigned frus_text_checks(const char *s, size_t n);

/* The code point at s (n bytes left) and its length in *len; 0 at the end. */
long frus_utf8_char(const char *s, size_t n, size_t *len);

/* Is c in Unicode's category Nd (\d)? in P (\p{P})? */
int frus_is_digit(long c);
int frus_is_punct(long c);

/* Is c one of the four XML whitespace characters (\s)?  Inline: the
 * scans here and the built-in rules' string functions ask it of every
 * character. */
static inline int
frus_is_space(long c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

#endif
