/* rules-dates.c — the built-in rules of dates and datelines (see
 * rules-dates.h): a dateline has a date, a dateline's date has attributes
 * that make a range forwards (pattern datelines); a date's @ana, @type and
 * @calendar take the Office's values (dates); date attributes are ISO 8601
 * (structure). */
#include <string.h>
#include "frus/rules-dates.h"

/* The expressions frus.sch gives frusx:matches (the same strings). */
#define RE_W3C_DATE "^(-?[0-9]{4,}(-[0-9]{2}(-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?)?)?)?|--[0-9]{2}(-[0-9]{2})?|---[0-9]{2}|[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?)(Z|[+\\-][0-9]{2}:[0-9]{2})?$"
#define RE_DATE_OR_TIME "^-?[0-9]{4,}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?)?(Z|[+\\-][0-9]{2}:[0-9]{2})?$"
#define RE_YEAR_MONTH "^[0-9]{4}(-[0-9]{2})?$"

static int
undated(frus_rules_ctx *r, xmlNodePtr n)
{
	norm_value(r, n, &r->tmp);
	for (char *p = r->tmp.s; *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	return strstr(r->tmp.s, "undated") || strstr(r->tmp.s, "not dated") ||
	       strstr(r->tmp.s, "not declassified");
}

/* frus.sch's date lets: the value begins yyyy-mm-dd; its day number
 * yyyymmdd; its time hhmmss (the end of the day at the end of a range
 * without a time). */
static int
day_form(const char *v)
{
	static const char form[] = "9999-99-99";
	if (!v)
		return 0;
	for (size_t i = 0; i < 10; i++)
		if (form[i] == '9' ? !(v[i] >= '0' && v[i] <= '9') : v[i] != '-')
			return 0;
	return 1;
}

static double
day_of(frus_rules_ctx *r, const char *v)
{
	sb_reset(&r->tmp2);
	for (size_t i = 0; v && v[i] && i < 10; i++)
		if (v[i] != '-')
			sb_catn(&r->tmp2, v + i, 1);
	return num(r->tmp2.s);
}

static double
time_of(frus_rules_ctx *r, const char *v, int end)
{
	const char *t = v ? strchr(v, 'T') : NULL;
	sb_reset(&r->tmp);
	if (t)
		prefix_chars(&r->tmp, t + 1, 8);
	sb_reset(&r->tmp2);
	sb_cat(&r->tmp2, "0");
	for (const char *p = r->tmp.s; *p; p++)
		if (*p != ':')
			sb_catn(&r->tmp2, p, 1);
	return num(r->tmp2.s) + (end && !t ? 999999 : 0);
}

/* A range from start to end whose values both begin yyyy-mm-dd, and
 * whose start is after its end. */
static int
backwards(frus_rules_ctx *r, const char *start, const char *end)
{
	if (!day_form(start) || !day_form(end))
		return 0;
	double sd = day_of(r, start), ed = day_of(r, end);
	double st = time_of(r, start, 0), et = time_of(r, end, 1);
	return !(sd < ed || (sd == ed && st <= et));
}

void
frus_rules_datelines(frus_rules_ctx *r, xmlNodePtr n, unsigned long o, unsigned fl)
{
	if (T(n, "dateline")) {
		int attach = has_ancestor(n, FRUS_NS, "attachment");
		if (fl & D_DATE)
			return;
		int bad = undated(r, n);
		/* an ancestor without a dated dateline: a historical document, or
		 * (in an attachment) the attachment */
		for (size_t i = r->depth; !bad && i-- > 0;) {
			xmlNodePtr a = r->stack[i].n;
			unsigned af = r->flags[r->stack[i].elem];
			if (!attach && T(a, "div") && eq(A(a, "subtype"), "historical-document") &&
			    !(af & D_DATED_DL_NA))
				bad = 1;
			if (attach && is(a, FRUS_NS, "attachment") && !(af & D_DATED_DL))
				bad = 1;
		}
		if (!bad)
			return;
		MSG_START();
		M(attach ? "attachment dateline \"" : "dateline \"");
		prefix_chars(&r->msg, norm_value(r, n, &r->tmp), 40);
		M(attach ? "\" has no date element" :
		  "\" has no date element (tag the date, or \"undated\", with date)");
		add(r, P_DATELINES, o, n, attach ? W : E,
		    attach ? "frus-attachment-dateline" : "frus-dateline-no-date");
		return;
	}
	if (!T(n, "date") || !has_ancestor(n, TEI_NS, "dateline") ||
	    has_ancestor(n, FRUS_NS, "attachment"))
		return;
	const char *when = A(n, "when"), *from = A(n, "from"), *to = A(n, "to");
	const char *nb = A(n, "notBefore"), *na = A(n, "notAfter");
	if (blank(n)) {
		MSG_START();
		M("dateline date is empty");
		add(r, P_DATELINES, o, n, W, "frus-date-empty");
	}
	if ((!from) != (!to) || (!nb) != (!na)) {
		MSG_START();
		M("@from and @to come as a pair, and so do @notBefore and @notAfter");
		add(r, P_DATELINES, o, n, E, "frus-date-pair");
	}
	if (!A(n, "ana") && nb && na) {
		MSG_START();
		M("@notBefore and @notAfter need @ana (how the dates were inferred)");
		add(r, P_DATELINES, o, n, W, "frus-date-inferred-ana");
	}
	int ok = !when || matches(r, when, RE_YEAR_MONTH) || matches(r, when, RE_DATE_OR_TIME);
	const char *others[] = { from, to, nb, na };
	for (size_t i = 0; i < 4 && ok; i++)
		if (others[i] && !matches(r, others[i], RE_DATE_OR_TIME))
			ok = 0;
	if (!ok) {
		MSG_START();
		M("dateline date: @when is YYYY, YYYY-MM, a date or a dateTime, and @from, @to, @notBefore, @notAfter a date or a dateTime");
		add(r, P_DATELINES, o, n, E, "frus-dateline-when");
	}
	int zone = 0;
	for (xmlAttrPtr a = n->properties; a && !zone; a = a->next) {
		const char *v = a->children && a->children->content ? (const char *)a->children->content : "";
		long c = last_char(v);
		zone = *v && c >= 'A' && c <= 'Z';
	}
	if (zone) {
		MSG_START();
		M("dateline date: an attribute value ends with a letter (a military time zone?): write the offset, e.g. +00:00 for Z");
		add(r, P_DATELINES, o, n, E, "frus-date-zone");
	}
	if (backwards(r, from, to)) {
		MSG_START();
		M("date range runs backwards: from=\""); M(from); M("\" is after to=\""); M(to); M("\"");
		add(r, P_DATELINES, o, n, E, "frus-date-order");
	}
	if (backwards(r, nb, na)) {
		MSG_START();
		M("inferred date range runs backwards: notBefore=\""); M(nb); M("\" is after notAfter=\"");
		M(na); M("\"");
		add(r, P_DATELINES, o, n, E, "frus-date-order-inferred");
	}
}

static int
known_calendar(frus_rules_ctx *r, const char *t, size_t k)
{
	sb_reset(&r->tmp);
	sb_catn(&r->tmp, t, k);
	return in_list("|brazilian-republic|chinese-era|chinese-lunisolar|chinese-republic|ethiopian-geez|gregorian|haitian-republic|hijri|iranian-persian|japanese-neng\xC5\x8D|julian|korean-era|korean-lunisolar|masonic-anno-lucis|papal-era|roman|rumi|thai-era|tibetan-phugpa|us-republic|", r->tmp.s);
}

void
frus_rules_dates(frus_rules_ctx *r, xmlNodePtr n, unsigned long o)
{
	if (!T(n, "date"))
		return;
	const char *ana = A(n, "ana"), *type = A(n, "type"), *cal = A(n, "calendar");
	if (ana) {
		const char *h = strchr(ana, '#');
		xmlNodePtr c = h ? lookup(r, h + 1) : NULL;
		if (!(h && (!r->volume || T(c, "category")))) {
			MSG_START();
			M("date ana=\""); M(ana);
			M("\" must point to a category/@xml:id of the header's taxonomy (\"#id\")");
			add(r, P_DATES, o, n, E, "frus-date-ana");
		}
	} else if (type) {
		if (!in_list("|content-date|conversation-or-meeting-date|creation-date|publication-date|received-date|", type)) {
			MSG_START();
			M("date type=\""); M(type);
			M("\" is not one of content-date, conversation-or-meeting-date, creation-date, publication-date, received-date");
			add(r, P_DATES, o, n, W, "frus-date-type");
		}
	} else if (cal) {
		if (!any_token(cal, known_calendar, r)) {
			MSG_START();
			M("date calendar=\""); M(cal);
			M("\" is not one of the Office's calendars (gregorian, julian, hijri, ...)");
			add(r, P_DATES, o, n, W, "frus-date-calendar");
		}
	}
}

void
frus_rules_date_iso(frus_rules_ctx *r, xmlNodePtr n, unsigned long o)
{
	if (!(T(n, "date") && has_ancestor(n, TEI_NS, "text")))
		return;
	static const char *const names[] = { "when", "from", "to", "notBefore", "notAfter" };
	int bad = 0;
	for (size_t i = 0; i < 5 && !bad; i++) {
		const char *v = A(n, names[i]);
		if (v && !matches(r, v, RE_W3C_DATE))
			bad = 1;
	}
	if (bad) {
		MSG_START();
		M("date attributes must be ISO 8601 (XML Schema date, dateTime, gYear, gYearMonth ...), e.g. 1962-08-02 or 1962-08-02T13:45:00+00:00; here:");
		for (size_t i = 0; i < 5; i++) {
			const char *v = A(n, names[i]);
			if (!v)
				continue;
			M(" "); M(names[i]); M("=\""); M(v); M("\"");
		}
		add(r, P_STRUCTURE, o, n, E, "frus-date-iso");
	}
}
