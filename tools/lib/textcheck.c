/* textcheck.c — the Office's character checks by scanning (see textcheck.h).
 * The Unicode categories are libxml2's, the tables its regular expressions
 * use, so a scan and frusx:matches agree on every character. */
#include <stdlib.h>
#include <string.h>
#include <libxml/xmlunicode.h>
#include "frus/err.h"
#include "frus/textcheck.h"
#include "frus/xpath2.h"

#define LSQUO 0x2018   /* ‘ */
#define RSQUO 0x2019   /* ’ */
#define LDQUO 0x201C   /* “ */
#define RDQUO 0x201D   /* ” */

long
frus_utf8_char(const char *str, size_t n, size_t *len)
{
	const unsigned char *s = (const unsigned char *)str;
	if (n == 0) {
		*len = 0;
		return 0;
	}
	unsigned c = s[0];
	size_t k = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
	if (k > n || (c >= 0x80 && c < 0xC0)) {   /* not UTF-8: the parser never gives it */
		*len = 1;
		return c;
	}
	long v = k == 1 ? (long)c : k == 2 ? (long)(c & 0x1F) : k == 3 ? (long)(c & 0x0F) : (long)(c & 0x07);
	for (size_t i = 1; i < k; i++)
		v = (v << 6) | (s[i] & 0x3F);
	*len = k;
	return v;
}

int
frus_is_digit(long c)
{
	if (c < 0x80)
		return c >= '0' && c <= '9';
	return xmlUCSIsCatNd((int)c);
}

int
frus_is_punct(long c)
{
	return xmlUCSIsCatP((int)c);
}

static int
closing(int c)
{
	/* . , : ; ? ! > ) ] } */
	static const unsigned char mark[128] = {
		['.'] = 1, [','] = 1, [':'] = 1, [';'] = 1, ['?'] = 1, ['!'] = 1, ['>'] = 1,
		[')'] = 1, [']'] = 1, ['}'] = 1,
	};
	return c < 128 && mark[c];
}

/* ^\s+[closing] or [a-z]\s+[closing]: a run of whitespace at the start or
 * after a letter a-z, with a closing mark right after it (all ASCII). */
static int
punct_space(const unsigned char *t)
{
	for (size_t i = 0; t[i]; i++) {
		if (!frus_is_space(t[i]) || (i > 0 && frus_is_space(t[i - 1])))
			continue;
		size_t j = i;
		while (frus_is_space(t[j]))
			j++;
		if (closing(t[j]) && (i == 0 || (t[i - 1] >= 'a' && t[i - 1] <= 'z')))
			return 1;
	}
	return 0;
}

/* The code point that ends just before s + i (s + i > s). */
static long
char_before(const char *s, size_t i)
{
	size_t j = i - 1, len;
	while (j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80)
		j--;
	return frus_utf8_char(s + j, i - j, &len);
}

static long
char_at(const char *s, size_t n, size_t i, size_t *len)
{
	if (i >= n) {
		*len = 0;
		return -1;
	}
	return frus_utf8_char(s + i, n - i, len);
}

/* Only quotation marks matter to the quotation checks: straight ones are
 * ASCII, curly ones U+2018-U+201D (bytes E2 80 98-9D); each is judged by
 * its neighbours, so the scan jumps from one to the next. */
unsigned
frus_text_checks(const char *s, size_t n)
{
	unsigned f = 0;
	(void)n;   /* s is a text node's content: it ends with its NUL */
	n = strlen(s);
	for (const char *p = strpbrk(s, "'\"\xE2"); p; p = strpbrk(p + 1, "'\"\xE2")) {
		size_t i = (size_t)(p - s);
		if (*p == '\'' || *p == '"') {
			if (i > 0 && !frus_is_digit(char_before(s, i)))
				f |= FRUS_TC_STRAIGHT;
			continue;
		}
		if (i + 2 >= n || (unsigned char)p[1] != 0x80)
			continue;
		unsigned char t = (unsigned char)p[2];
		if (t < 0x98 || t > 0x9D || t == 0x9A || t == 0x9B)
			continue;
		long c = 0x2000 + (t - 0x80);   /* ‘ ’ “ ” */
		size_t len;
		long next = char_at(s, n, i + 3, &len);
		f |= FRUS_TC_CURLY;
		if (c == LSQUO || c == LDQUO) {
			if (next == ' ')
				f |= FRUS_TC_OPEN_SPACE;
			if (next == RSQUO || next == RDQUO)
				f |= FRUS_TC_PAIR;
		} else {
			if (next == LSQUO || next == LDQUO)
				f |= FRUS_TC_PAIR;
			if (i > 0 && p[-1] == ' ' && next >= 0 && !frus_is_digit(next))
				f |= FRUS_TC_CLOSE_SPACE;
		}
		p += 2;
	}
	/* Dropping an ellipsis never puts whitespace before a closing mark that
	 * had none (a dropped run ends with its full stop and follows a
	 * non-space), so only a text with such a pair needs the copy. */
	int ws_closing = 0;
	for (const char *p = strpbrk(s, ".,:;?!>)]}"); p && !ws_closing; p = strpbrk(p + 1, ".,:;?!>)]}"))
		ws_closing = p > s && frus_is_space((unsigned char)p[-1]);
	if (ws_closing) {
		xmlChar *t = frus_drop_ellipses((const xmlChar *)s);
		if (punct_space(t))
			f |= FRUS_TC_PUNCT_SPACE;
		free(t);
	}
	return f;
}
