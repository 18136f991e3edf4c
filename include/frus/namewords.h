/* namewords.h — characters and words for the names linker (names.c and
 * the files it is made of): UTF-8 steps, letters, words joined by dots,
 * apostrophes and dashes, folded comparison (curly apostrophes and dashes
 * as straight ones), possessives, and the word lists the rules consult. */
#ifndef FRUS_NAMEWORDS_H
#define FRUS_NAMEWORDS_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/hash.h>
#include "frus/err.h"

typedef struct {
	size_t b, e;
} word;

/* Words before a name that are a title or an honorific, never part of
 * the name ("President Nixon", "Mrs. Carter", "Assistant Secretary"). */
extern const char *const frus_honorific_words[];
/* Capitalised words that start sentences or phrases, not given names. */
extern const char *const frus_function_words[];
/* Lower-case particles of surnames ("de", "van", "bin"). */
extern const char *const frus_particle_words[];

/* Cuts s[0..n) into words; *out (malloc'd) gets them. */
size_t frus_words_of(const char *s, size_t n, word **out);

/* A title, or the plural of one ("Ambassadors Nolting, Brown and Young"). */
int frus_is_honorific(const char *s, size_t n);

static inline size_t
u8len(unsigned char c)
{
	return c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
}

/* A letter or digit (any non-ASCII character outside general punctuation
 * and Latin-1 symbols counts as a letter). */
static inline int
is_wordc(const char *s, const char *e)
{
	unsigned char c = (unsigned char)*s;
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	if (c == 0xe2 || c == 0xc2)
		return 0;
	if (c == 0xc3 && s + 1 < e && ((unsigned char)s[1] == 0x97 || (unsigned char)s[1] == 0xb7))
		return 0;   /* × ÷ */
	return 1;
}

static inline int
is_upper(const char *s)
{
	unsigned char c = (unsigned char)*s;
	if (c >= 'A' && c <= 'Z')
		return 1;
	/* Latin-1 capitals À-Þ */
	return c == 0xc3 && (unsigned char)s[1] >= 0x80 && (unsigned char)s[1] <= 0x9e;
}

static inline int
is_lower(const char *s)
{
	unsigned char c = (unsigned char)*s;
	return (c >= 'a' && c <= 'z') || (c == 0xc3 && (unsigned char)s[1] >= 0x9f);
}

/* Characters that join two word characters into one word. */
static inline size_t
joiner(const char *s, const char *e)
{
	if (*s == '.' || *s == '\'' || *s == '-' || *s == '&')
		return 1;
	if (e - s >= 3 && (unsigned char)s[0] == 0xe2 && (unsigned char)s[1] == 0x80 &&
	    ((unsigned char)s[2] == 0x99 || (unsigned char)s[2] == 0x93 || (unsigned char)s[2] == 0x91))
		return 3;
	return 0;
}

/* The next character with curly apostrophes and dashes folded. */
static inline int
fold_next(const char **p, const char *e)
{
	const unsigned char *s = (const unsigned char *)*p;
	if (e - *p >= 3 && s[0] == 0xe2 && s[1] == 0x80) {
		if (s[2] == 0x99 || s[2] == 0x98) {
			*p += 3;
			return '\'';
		}
		if (s[2] == 0x93 || s[2] == 0x91 || s[2] == 0x90) {
			*p += 3;
			return '-';
		}
	}
	(*p)++;
	return s[0];
}

/* Whether a[0..an) equals b[0..bn) once folded; ci: ASCII case ignored. */
static inline int
feq(const char *a, size_t an, const char *b, size_t bn, int ci)
{
	const char *ae = a + an, *be = b + bn;
	while (a < ae && b < be) {
		int x = fold_next(&a, ae), y = fold_next(&b, be);
		if (ci) {
			if (x >= 'A' && x <= 'Z')
				x += 32;
			if (y >= 'A' && y <= 'Z')
				y += 32;
		}
		if (x != y)
			return 0;
	}
	return a == ae && b == be;
}

/* A folded, malloc'd copy (for hash keys). */
static inline char *
fold_dup(const char *s, size_t n, int lower)
{
	char *r = frus_xmalloc(n + 1);
	size_t k = 0;
	const char *e = s + n;
	while (s < e) {
		int c = fold_next(&s, e);
		if (lower && c >= 'A' && c <= 'Z')
			c += 32;
		r[k++] = (char)c;
	}
	r[k] = '\0';
	return r;
}

/* Length of a possessive ending ("'s", "’s") of s[0..n), or 0. */
static inline size_t
possessive(const char *s, size_t n)
{
	if (n > 2 && s[n - 1] == 's' && s[n - 2] == '\'')
		return 2;
	if (n > 4 && s[n - 1] == 's' && memcmp(s + n - 4, "\xe2\x80\x99", 3) == 0)
		return 4;
	return 0;
}

static inline int
only_space(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\n' && s[i] != '\t' && s[i] != '\r')
			return 0;
	return 1;
}

static inline int
in_list(const char *const *w, const char *s, size_t n)
{
	for (; *w; w++)
		if (strlen(*w) == n && memcmp(*w, s, n) == 0)
			return 1;
	return 0;
}

static inline int
word_is(const char *buf, const word *w, const char *s)
{
	return w->e - w->b == strlen(s) && memcmp(buf + w->b, s, w->e - w->b) == 0;
}

static inline int
hash_has(xmlHashTablePtr h, const char *s, size_t n)
{
	char *key = fold_dup(s, n, 0);
	int r = xmlHashLookup(h, (const xmlChar *)key) != NULL;
	free(key);
	return r;
}

#endif
