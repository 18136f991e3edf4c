/* text.c — input text: read, check, normalise (see text.h). */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "frus/err.h"
#include "frus/text.h"

int
frus_slurp(const char *path, char **bufp, size_t *lenp)
{
	FILE *fp = (!path || strcmp(path, "-") == 0) ? stdin : fopen(path, "rb");
	if (!fp)
		return -1;
	size_t cap = 65536, len = 0;
	char *buf = frus_xmalloc(cap + 1);
	for (;;) {
		if (cap - len < 65536) {
			cap *= 2;
			buf = frus_xrealloc(buf, cap + 1);
		}
		size_t n = fread(buf + len, 1, cap - len, fp);
		len += n;
		if (n == 0)
			break;
	}
	int err = ferror(fp);
	int saved = errno;
	if (fp != stdin)
		fclose(fp);
	if (err) {
		free(buf);
		errno = saved ? saved : EIO;
		return -1;
	}
	buf[len] = '\0';
	*bufp = buf;
	*lenp = len;
	return 0;
}

/* Length of the valid UTF-8 sequence at s (n bytes left), or 0. */
static size_t
utf8_seq(const unsigned char *s, size_t n)
{
	unsigned c = s[0];
	size_t len;
	unsigned min;

	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF) { len = 2; min = 0x80; }
	else if (c >= 0xE0 && c <= 0xEF) { len = 3; min = 0x800; }
	else if (c >= 0xF0 && c <= 0xF4) { len = 4; min = 0x10000; }
	else
		return 0;
	if (len > n)
		return 0;
	unsigned cp = c & (0x7F >> len);
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return len;
}

/* Line/column of a byte offset in a raw buffer (columns in characters). */
static void
locate(const char *buf, size_t off, long *line, long *col)
{
	long l = 1, c = 1;
	for (size_t i = 0; i < off; i++) {
		unsigned char ch = (unsigned char)buf[i];
		if (ch == '\n') {
			l++;
			c = 1;
		} else if ((ch & 0xC0) != 0x80) {
			c++;
		}
	}
	*line = l;
	*col = c;
}

void
frus_text_locate(const frus_text *t, size_t off, long *line, long *col)
{
	if (off > t->len)
		off = t->len;
	locate(t->buf, off, line, col);
	if (!t->njoins)
		return;
	/* each join before off was a line break of the input */
	size_t lo = 0, hi = t->njoins;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (t->joins[mid] < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	*line += (long)lo;
	if (lo == 0)
		return;
	size_t j = t->joins[lo - 1];
	const char *nl = memchr(t->buf + j, '\n', off - j);
	if (nl)
		return;                /* a real line break after the join */
	long c = t->join_col[lo - 1];
	for (size_t i = j + 1; i < off; i++)
		if (((unsigned char)t->buf[i] & 0xC0) != 0x80)
			c++;
	*col = c;
}

static char *
latin1_to_utf8(const char *s, size_t n, size_t *outlen)
{
	char *d = frus_xmalloc(2 * n + 1), *p = d;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80) {
			*p++ = (char)c;
		} else {
			*p++ = (char)(0xC0 | (c >> 6));
			*p++ = (char)(0x80 | (c & 0x3F));
		}
	}
	*p = '\0';
	*outlen = (size_t)(p - d);
	return d;
}

static int
looks_utf16(const unsigned char *s, size_t n)
{
	if (n >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF)))
		return 1;
	/* ASCII text in UTF-16 has a NUL in every other byte. */
	size_t zeros = 0, lim = n < 512 ? n : 512;
	for (size_t i = 0; i < lim; i++)
		zeros += s[i] == 0;
	return lim >= 4 && zeros * 3 >= lim;
}

static int
check_and_normalise(frus_text *t, char *raw, size_t len, enum frus_encoding enc)
{
	const unsigned char *u = (const unsigned char *)raw;
	long line, col;

	if (len == 0) {
		frus_error(t->name, 1, 1, "input is empty: expected a FRUS document as text");
		free(raw);
		return FRUS_EXIT_INVALID;
	}
	if (looks_utf16(u, len)) {
		frus_error(t->name, 1, 1, "input is UTF-16, not UTF-8: convert it first "
		           "(iconv -f UTF-16 -t UTF-8)");
		free(raw);
		return FRUS_EXIT_INVALID;
	}
	char *nul = memchr(raw, '\0', len);
	if (nul) {
		locate(raw, (size_t)(nul - raw), &line, &col);
		frus_error(t->name, line, col, "binary data (NUL byte at offset %zu): "
		           "not a text file", (size_t)(nul - raw));
		free(raw);
		return FRUS_EXIT_INVALID;
	}
	if (enc == FRUS_ENC_LATIN1) {
		size_t n;
		char *conv = latin1_to_utf8(raw, len, &n);
		free(raw);
		raw = conv;
		len = n;
		u = (const unsigned char *)raw;
	}
	size_t start = 0;
	if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
		t->had_bom = 1;
		start = 3;
	}
	for (size_t i = start; i < len;) {
		/* ASCII runs, eight bytes at a time: most FRUS text is ASCII. */
		while (i + 8 <= len) {
			uint64_t w;
			memcpy(&w, u + i, 8);
			if (w & 0x8080808080808080ULL)
				break;
			i += 8;
		}
		if (i >= len)
			break;
		if (u[i] < 0x80) {
			i++;
			continue;
		}
		size_t k = utf8_seq(u + i, len - i);
		if (k == 0) {
			locate(raw, i, &line, &col);
			frus_error(t->name, line, col, "invalid UTF-8 byte 0x%02X at offset %zu: "
			           "the input must be UTF-8 (for Latin-1 text use --encoding latin1)",
			           u[i], i);
			free(raw);
			return FRUS_EXIT_INVALID;
		}
		i += k;
	}
	/* Normalise in place: drop the BOM, CRLF and CR to LF. */
	char *d = raw;
	if (memchr(raw + start, '\r', len - start)) {
		t->had_cr = 1;
		for (size_t i = start; i < len; i++) {
			if (raw[i] != '\r') {
				*d++ = raw[i];
				continue;
			}
			*d++ = '\n';
			if (i + 1 < len && raw[i + 1] == '\n')
				i++;
		}
	} else {
		memmove(raw, raw + start, len - start);
		d = raw + (len - start);
	}
	*d = '\0';
	t->buf = raw;
	t->len = (size_t)(d - raw);
	size_t ws = 0;
	while (ws < t->len && (t->buf[ws] == ' ' || t->buf[ws] == '\n' || t->buf[ws] == '\t'))
		ws++;
	if (ws == t->len) {
		frus_error(t->name, 1, 1, "input holds only whitespace: expected a FRUS document as text");
		free(raw);
		t->buf = NULL;
		return FRUS_EXIT_INVALID;
	}
	return 0;
}

int
frus_text_read(frus_text *t, const char *path, enum frus_encoding enc)
{
	char *raw;
	size_t len;

	memset(t, 0, sizeof *t);
	t->name = (!path || strcmp(path, "-") == 0) ? "<stdin>" : path;
	if (frus_slurp(path, &raw, &len) != 0) {
		frus_error(t->name, 0, 0, "cannot read: %s", strerror(errno));
		return FRUS_EXIT_USAGE;
	}
	return check_and_normalise(t, raw, len, enc);
}

int
frus_text_from_buffer(frus_text *t, const char *name, const char *data, size_t len,
                      enum frus_encoding enc)
{
	memset(t, 0, sizeof *t);
	t->name = name;
	char *raw = frus_xmalloc(len + 1);
	memcpy(raw, data, len);
	raw[len] = '\0';
	return check_and_normalise(t, raw, len, enc);
}

void
frus_text_free(frus_text *t)
{
	free(t->buf);
	free(t->joins);
	free(t->join_col);
	t->buf = NULL;
	t->joins = NULL;
	t->join_col = NULL;
	t->len = t->njoins = 0;
}
