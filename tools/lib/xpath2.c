/* xpath2.c — XPath 2.0's fn:matches over libxml2's XML Schema regular
 * expressions, and the Office's ellipsis removal (see xpath2.h). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/hash.h>
#include <libxml/xmlregexp.h>
#include "frus/err.h"
#include "frus/xpath2.h"

struct frus_re_cache {
	xmlHashTablePtr compiled;   /* expression -> xmlRegexpPtr, or the bad marker */
};

static char bad_marker;

frus_re_cache *
frus_re_cache_new(void)
{
	frus_re_cache *c = frus_xmalloc(sizeof *c);
	c->compiled = xmlHashCreate(16);
	if (!c->compiled)
		frus_die(FRUS_EXIT_USAGE, "out of memory");
	return c;
}

static void
free_re(void *p, const xmlChar *name)
{
	(void)name;
	if (p != &bad_marker)
		xmlRegFreeRegexp(p);
}

void
frus_re_cache_free(frus_re_cache *c)
{
	if (!c)
		return;
	xmlHashFree(c->compiled, free_re);
	free(c);
}

/* An XML Schema expression matches the whole string: a search is the
 * expression between two [\s\S]*, leaving out the side a ^ or a $ anchors. */
static xmlRegexpPtr
compile(const char *re)
{
	int head = re[0] == '^';
	const char *body = re + head;
	size_t blen = strlen(body);
	int tail = 0;
	if (blen > 0 && body[blen - 1] == '$') {
		size_t bs = 0;   /* backslashes before the $: an odd number escapes it */
		while (bs + 1 < blen && body[blen - 2 - bs] == '\\')
			bs++;
		tail = bs % 2 == 0;
	}
	if (tail)
		blen--;
	size_t size = blen + 32;
	char *x = frus_xmalloc(size);
	snprintf(x, size, "%s(%.*s)%s", head ? "" : "[\\s\\S]*", (int)blen, body,
	         tail ? "" : "[\\s\\S]*");
	xmlRegexpPtr r = xmlRegexpCompile((const xmlChar *)x);
	free(x);
	return r;
}

int
frus_re_matches(frus_re_cache *c, const xmlChar *s, const char *re)
{
	void *r = xmlHashLookup(c->compiled, (const xmlChar *)re);
	if (!r) {
		r = compile(re);
		if (!r)
			r = &bad_marker;
		if (xmlHashAddEntry(c->compiled, (const xmlChar *)re, r) != 0)
			frus_die(FRUS_EXIT_USAGE, "out of memory");
	}
	if (r == &bad_marker)
		return -1;
	int m = xmlRegexpExec(r, s ? s : (const xmlChar *)"");
	return m < 0 ? -1 : m;
}

double
frus_roman_number(const xmlChar *s)
{
	static const char order[] = "iIvVxXlLcCdDmM";
	static const double value[] = { 1, 1, 5, 5, 10, 10, 50, 50, 100, 100, 500, 500, 1000, 1000 };
	if (!s || !*s)
		return NAN;
	double v = 0;
	for (size_t i = 0; s[i]; i++) {
		const char *a = strchr(order, s[i]);
		if (!a)
			return NAN;
		const char *b = s[i + 1] ? strchr(order, s[i + 1]) : NULL;
		if (s[i + 1] && !b)
			return NAN;
		size_t k = (size_t)(a - order);
		v += b && b > a ? -value[k] : value[k];
	}
	return v;
}

static int
xml_space(xmlChar ch)
{
	return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}

/* The regular expression (\s+\.){3,} is greedy and leftmost: at a run of
 * whitespace, each group is the whole run and the full stop after it, so
 * the match is every such group in a row, taken when there are three. */
xmlChar *
frus_drop_ellipses(const xmlChar *s)
{
	size_t n = s ? strlen((const char *)s) : 0, o = 0;
	xmlChar *out = frus_xmalloc(n + 1);
	for (size_t i = 0; i < n;) {
		if (xml_space(s[i]) && (i == 0 || !xml_space(s[i - 1]))) {
			size_t j = i, groups = 0;
			for (;;) {
				size_t k = j;
				while (k < n && xml_space(s[k]))
					k++;
				if (k == j || k >= n || s[k] != '.')
					break;
				j = k + 1;
				groups++;
			}
			if (groups >= 3) {
				i = j;
				continue;
			}
		}
		out[o++] = s[i++];
	}
	out[o] = '\0';
	return out;
}
