/* rules-refs.c — the built-in rules of pointers (see rules-refs.h): a
 * ref's target is "#id" (and resolves in a volume), another volume's, a
 * URL or mailto, a page range increases and a page's "n" sits inside the
 * ref; persName/@corresp and gloss/@target point into the lists of persons
 * and terms (structure); every @rendition token names a rendition of the
 * header (renditions). */
#include <stdlib.h>
#include <string.h>
#include "frus/err.h"
#include "frus/textcheck.h"
#include "frus/xpath2.h"
#include "frus/rules-refs.h"

#define ROMAN "iIvVxXlLcCdDmM"

void
frus_rules_ref(frus_rules_ctx *r, xmlNodePtr n, unsigned long o)
{
	if (!(T(n, "ref") && A(n, "target")))
		return;
	const char *target = A(n, "target");
	sb_reset(&r->tmp);
	normalize(target, &r->tmp);
	char *t = frus_xstrdup(r->tmp.s);
	int resolved;
	if (starts(t, "#range(")) {
		/* substring-before/-after give '' where there is no ')' or ',' */
		const char *in = t + 7, *close = strchr(in, ')');
		char *range = frus_xstrndup(in, close ? (size_t)(close - in) : 0);
		char *comma = strchr(range, ',');
		const char *after = comma ? comma + 1 : "";
		if (comma)
			*comma = '\0';
		else
			range[0] = '\0';
		sb_reset(&r->tmp);
		normalize(range, &r->tmp);
		int a = lookup(r, r->tmp.s) != NULL;
		sb_reset(&r->tmp);
		normalize(after, &r->tmp);
		resolved = a && lookup(r, r->tmp.s) != NULL;
		free(range);
	} else {
		size_t len;
		frus_utf8_char(t, strlen(t), &len);
		resolved = lookup(r, t + len) != NULL;
	}
	xmlNodePtr p1 = prev_node(n, 1), p2 = prev_node(n, 2);
	int range_end = 0;
	if (starts(target, "#pg") && p1 && p2 && T(p2, "ref")) {
		sb_reset(&r->tmp);
		string_value(p1, &r->tmp);
		range_end = strcmp(r->tmp.s, "\xE2\x80\x93") == 0;
	}
	if (!(starts(target, "#") || starts(target, "frus") || starts(target, "http") ||
	      starts(target, "mailto"))) {
		MSG_START();
		M("ref target \""); M(target);
		M("\" must be \"#id\", \"frus\xE2\x80\xA6\" (another volume), http\xE2\x80\xA6 or mailto");
		add(r, P_STRUCTURE, o, n, E, "frus-ref-target");
	}
	if (starts(t, "#") && !resolved && !range_end) {
		MSG_START();
		M("ref target \""); M(target);
		M(r->volume ? "\" does not resolve: no element has that xml:id" :
		  "\" is not in this file (a document outside its volume: not checked)");
		add(r, P_STRUCTURE, o, n, r->volume ? E : W,
		    r->volume ? "frus-ref-resolve" : "frus-ref-outside");
	}
	if (range_end) {
		const char *page = strstr(target, "#pg_");
		const char *pt = A(p2, "target");
		const char *from = pt ? strstr(pt, "#pg_") : NULL;
		page = page ? page + 4 : "";
		from = from ? from + 4 : "";
		int arabic = all_digits(page) && all_digits(from);
		int roman = *page && *from && strspn(page, ROMAN) == strlen(page) &&
		            strspn(from, ROMAN) == strlen(from);
		if ((arabic && !(num(page) > num(from))) ||
		    (roman && !(frus_roman_number((const xmlChar *)page) >
		                frus_roman_number((const xmlChar *)from)))) {
			MSG_START();
			M("page range "); M(pt); M("\xE2\x80\x93"); M(target); M(" does not increase");
			add(r, P_STRUCTURE, o, n, E, "frus-ref-page-range");
		}
	}
	xmlNodePtr nx = next_node(n);
	if (strstr(target, "#pg_") && T(nx, "hi")) {
		sb_reset(&r->tmp);
		string_value(nx, &r->tmp);
		if (strcmp(r->tmp.s, "n") == 0) {
			MSG_START();
			M("the \"n\" after a page reference belongs inside the ref (as hi rend=\"italic\")");
			add(r, P_STRUCTURE, o, n, E, "frus-ref-page-n");
		}
	}
	free(t);
}

void
frus_rules_corresp(frus_rules_ctx *r, xmlNodePtr n, unsigned long o)
{
	if (!(T(n, "persName") && A(n, "corresp")))
		return;
	const char *c = A(n, "corresp");
	if (r->volume && starts(c, "#")) {
		size_t len;
		frus_utf8_char(c, strlen(c), &len);
		if (!T(lookup(r, c + len), "persName")) {
			MSG_START();
			M("persName corresp \""); M(c);
			M("\" must point to a persName/@xml:id of the list of persons");
			add(r, P_STRUCTURE, o, n, E, "frus-persname-corresp");
		}
	}
	if (!starts(c, "#") && !starts(c, "frus")) {
		MSG_START();
		M("persName corresp \""); M(c);
		M("\" should be \"#p_X\" (the list of persons) or \"frusVOL#p_X\" (another volume's)");
		add(r, P_STRUCTURE, o, n, W, "frus-persname-corresp-form");
	}
}

void
frus_rules_gloss_target(frus_rules_ctx *r, xmlNodePtr n, unsigned long o)
{
	if (!(T(n, "gloss") && A(n, "target")))
		return;
	const char *t = A(n, "target");
	int ok = starts(t, "frus");
	if (!ok && starts(t, "#")) {
		size_t len;
		frus_utf8_char(t, strlen(t), &len);
		ok = !r->volume || T(lookup(r, t + len), "term");
	}
	if (!ok) {
		MSG_START();
		M("gloss target \""); M(t);
		M("\" must point to a term/@xml:id of the list of terms (\"#t_X\")");
		add(r, P_STRUCTURE, o, n, E, "frus-gloss-target");
	}
}

static int
bad_rendition(frus_rules_ctx *r, const char *t, size_t k)
{
	const char *h = memchr(t, '#', k);
	if (!h)
		return 1;
	if (!r->volume && xmlHashSize(r->renditions) == 0)
		return 0;
	sb_reset(&r->tmp);
	sb_catn(&r->tmp, h + 1, k - (size_t)(h + 1 - t));
	return xmlHashLookup(r->renditions, (const xmlChar *)r->tmp.s) == NULL;
}

void
frus_rules_renditions(frus_rules_ctx *r, xmlNodePtr n, unsigned long o)
{
	const char *rv = A(n, "rendition");
	if (rv && any_token(rv, bad_rendition, r)) {
		MSG_START();
		M("rendition=\""); M(rv);
		M("\": every token must point to a rendition/@xml:id of the header (\"#id\")");
		add(r, P_RENDITIONS, o, n, E, "frus-rendition");
	}
}
