/* xref.c — cross-references to documents and their footnotes (see xref.h). */
#include <stdio.h>
#include <string.h>
#include "frus/xref.h"

static int
isdig(int c)
{
	return c >= '0' && c <= '9';
}

static int
isalnum_ascii(int c)
{
	return isdig(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
at(const char *s, size_t n, size_t i, const char *w)
{
	size_t k = strlen(w);
	return i + k <= n && memcmp(s + i, w, k) == 0;
}

/* A document or note number at s[i]: its length (1-5 digits, not part of
 * a longer token such as "426-A" or "12.5"), or 0. */
static size_t
num(const char *s, size_t n, size_t i)
{
	size_t j = i;
	while (j < n && isdig((unsigned char)s[j]) && j - i < 6)
		j++;
	if (j == i || j - i > 5 || s[i] == '0')
		return 0;
	if (j < n && (isalnum_ascii((unsigned char)s[j]) || s[j] == '-' || s[j] == '/'))
		return 0;
	if (j + 1 < n && (s[j] == '.' || s[j] == ',') && isdig((unsigned char)s[j + 1]))
		return 0;
	return j - i;
}

static int
volume_word(const char *s, size_t n, size_t k)
{
	static const char *const words[] = {
		"Foreign Relations", "vol.", "Vol.", "volume", "Volume", "FRUS", "Supplement",
		"supplement", "microfiche", "Bulletin", "Papers", "pp.", "p.", NULL
	};
	if (k > 0 && isalnum_ascii((unsigned char)s[k - 1]))
		return 0;
	for (int w = 0; words[w]; w++)
		if (at(s, n, k, words[w]))
			return 1;
	return 0;
}

/* Does the clause around s[i..j) name another volume ("Foreign Relations,
 * 1958–1960, vol. V, Document 12"; "Documents 12–14, printed in Foreign
 * Relations …")?  The clause ends at ';', a parenthesis or a sentence end
 * (". " before a capital), but "vol. V" ends nothing. */
static int
other_volume(const char *s, size_t n, size_t i, size_t j)
{
	size_t b = i, e = j;
	while (b > 0 && i - b < 200 && s[b - 1] != ';' && s[b - 1] != '(' && s[b - 1] != ')')
		b--;
	while (e < n && e - j < 200 && s[e] != ';' && s[e] != '(' && s[e] != ')' &&
	       !(s[e] == '.' && e + 2 < n && s[e + 1] == ' ' && s[e + 2] >= 'A' && s[e + 2] <= 'Z' &&
	         !(e >= 3 && memcmp(s + e - 3, "vol", 3) == 0)))
		e++;
	for (size_t k = b; k < e; k++)
		if ((k < i || k >= j) && volume_word(s, n, k))
			return 1;
	return 0;
}

static void
add(frus_xref *out, size_t max, size_t *nout, size_t off, size_t len, const char *doc,
    size_t dl, const char *fn, size_t fl)
{
	if (*nout >= max)
		return;
	frus_xref *x = &out[(*nout)++];
	x->off = off;
	x->len = len;
	if (fn)
		snprintf(x->target, sizeof x->target, "#d%.*sfn%.*s", (int)dl, doc, (int)fl, fn);
	else
		snprintf(x->target, sizeof x->target, "#d%.*s", (int)dl, doc);
}

size_t
frus_xref_scan(const char *s, size_t n, frus_xref *out, size_t max)
{
	size_t nout = 0;
	for (size_t i = 0; i < n && nout < max; i++) {
		if (i > 0 && isalnum_ascii((unsigned char)s[i - 1]))
			continue;
		size_t k, dl;
		/* "footnote 2, Document 168" */
		if (at(s, n, i, "footnote ") && (k = num(s, n, i + 9)) &&
		    at(s, n, i + 9 + k, ", Document ") && (dl = num(s, n, i + 9 + k + 11))) {
			size_t d0 = i + 9 + k + 11;
			if (!other_volume(s, n, i, d0 + dl))
				add(out, max, &nout, i, d0 + dl - i, s + d0, dl, s + i + 9, k);
			i = d0 + dl - 1;
			continue;
		}
		if (at(s, n, i, "Document ") && (dl = num(s, n, i + 9))) {
			if (!other_volume(s, n, i, i + 9 + dl))
				add(out, max, &nout, i, 9 + dl, s + i + 9, dl, NULL, 0);
			i += 9 + dl - 1;
			continue;
		}
		/* "Documents 12 and 13", "Documents 12, 14, and 17", "Documents 12–15":
		 * each number is a ref of its own */
		if (at(s, n, i, "Documents ") && num(s, n, i + 10)) {
			size_t j = i + 10;
			size_t before = nout;
			for (;;) {
				size_t l = num(s, n, j);
				if (!l)
					break;
				add(out, max, &nout, j, l, s + j, l, NULL, 0);
				j += l;
				if (at(s, n, j, ", and "))
					j += 6;
				else if (at(s, n, j, " and "))
					j += 5;
				else if (at(s, n, j, ", "))
					j += 2;
				else if (at(s, n, j, "\xE2\x80\x93"))
					j += 3;
				else
					break;
			}
			if (other_volume(s, n, i, j))
				nout = before;          /* not this volume: drop them */
			i = j - 1;
		}
	}
	return nout;
}
