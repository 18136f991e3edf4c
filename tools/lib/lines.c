/* lines.c — lines and line starts (see lines.h). */
#include <string.h>
#include "frus/err.h"
#include "frus/lines.h"

static int
isdig(int c)
{
	return c >= '0' && c <= '9';
}

/* Bullets as copies give them: the page's "•", plain-text e-mail's "*"
 * and "-", and a few typographic ones. */
static const char *const bullets[] = {
	"\xE2\x80\xA2", "*", "-", "\xC2\xB7", "\xE2\x97\xA6", "\xE2\x96\xAA", "\xE2\x80\xA3", NULL
};

size_t
frus_bullet_len(const char *s, size_t n)
{
	for (int k = 0; bullets[k]; k++) {
		size_t b = strlen(bullets[k]);
		if (n > b + 1 && memcmp(s, bullets[k], b) == 0 && s[b] == ' ' && s[b + 1] != ' ')
			return b + 1;
	}
	return 0;
}

/* Footnote marks of older volumes besides numbers: the symbols printers
 * used in order (a letter mark is "a".."z"). */
static const char *const note_symbols[] = {
	"*", "\xE2\x80\xA0", "\xE2\x80\xA1", "\xC2\xA7", "\xE2\x80\x96", "\xC2\xB6", "#", NULL
};

size_t
frus_mark_line(const char *s, size_t n, size_t *text)
{
	size_t m = 0;
	while (m < n && m < 6 && isdig((unsigned char)s[m]))
		m++;
	if (m > 0 && m + 1 < n && s[m] >= 'a' && s[m] <= 'z' && s[m + 1] == '.')
		m++;                          /* "2a.": a note added to a list */
	if (m == 0 && n && s[0] >= 'a' && s[0] <= 'z')
		m = 1;
	for (int k = 0; m == 0 && note_symbols[k]; k++) {
		size_t l = strlen(note_symbols[k]);
		if (n >= l && memcmp(s, note_symbols[k], l) == 0)
			m = l;
	}
	if (m == 0 || m >= n || s[m] != '.')
		return 0;
	if (m + 1 == n) {
		*text = n;
		return m;
	}
	if (s[m + 1] != ' ')
		return 0;
	*text = m + 2;
	return m;
}

const char *
frus_find_page(const char *s, size_t slen, size_t *len, const char **num, size_t *numlen)
{
	for (const char *p = s; p + 7 <= s + slen;) {
		const char *q = memchr(p, '[', (size_t)(s + slen - p));
		if (!q || q + 7 > s + slen)
			return NULL;
		if (memcmp(q, "[Page ", 6) == 0) {
			const char *e = q + 6;
			while (e < s + slen && *e != ']' && *e != '[' && e - q < 32)
				e++;
			if (e < s + slen && *e == ']' && e > q + 6) {
				*len = (size_t)(e + 1 - q);
				*num = q + 6;
				*numlen = (size_t)(e - q - 6);
				return q;
			}
		}
		p = q + 1;
	}
	return NULL;
}

int
frus_line_is_page(const frus_line *l)
{
	size_t len, nlen;
	const char *n;
	const char *p = frus_find_page(l->s, l->len, &len, &n, &nlen);
	return p == l->s && len == l->len;
}

frus_line *
frus_lines_split(const frus_text *t, size_t *nlines)
{
	size_t cap = 64, n = 0, j = 0;
	frus_line *ls = frus_xmalloc(cap * sizeof *ls);
	const char *p = t->buf, *end = t->buf + t->len;
	long no = 1;
	while (p <= end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *e = nl ? nl : end;
		if (n == cap)
			ls = frus_xrealloc(ls, (cap *= 2) * sizeof *ls);
		size_t len = (size_t)(e - p), ind = 0;
		while (len > 0 && (p[len - 1] == ' ' || p[len - 1] == '\t'))
			len--;
		while (ind < len && p[ind] == ' ')
			ind++;
		ls[n++] = (frus_line){ p + ind, len - ind, (size_t)(p + ind - t->buf), no, ind,
		                       frus_bullet_len(p + ind, len - ind) };
		/* joined wrapped lines count as the input lines they were */
		while (j < t->njoins && t->joins[j] < (size_t)(e - t->buf)) {
			j++;
			no++;
		}
		no++;
		if (!nl)
			break;
		p = nl + 1;
	}
	*nlines = n;
	return ls;
}
