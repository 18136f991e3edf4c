/* dateline.c — datelines (see dateline.h; conventions section 4).
 *
 * A small recursive-descent reader over the printed forms found in FRUS:
 *   [Place, ]Month D, YYYY[, time][.][ (Received …)]
 *   [Place, ]Month D–D, YYYY        a range of days: @from/@to
 *   [Place, ]Month YYYY             @when YYYY-MM
 *   [Place, ]undated                a date without @when
 * time: "9:14 p.m.", "7 p.m.", "noon", "1345Z" (UTC: +00:00) go into the
 * date's @when; a range "10:33–11 a.m." is a meeting time, a separate
 * <time from to>.  Times are written in local time with no zone: no offset
 * is invented for them. */
#include <stdio.h>
#include <string.h>
#include "frus/dateline.h"
#include "frus/err.h"

static const char *const months[] = {
	"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December"
};

static int
isdig(int c)
{
	return c >= '0' && c <= '9';
}

static int
has(const char *s, size_t n, size_t i, const char *w)
{
	size_t k = strlen(w);
	return i + k <= n && memcmp(s + i, w, k) == 0;
}

/* Digits at s[*i] (at most max of them): their value, or -1. */
static int
number(const char *s, size_t n, size_t *i, int max)
{
	int v = 0, k = 0;
	while (*i < n && isdig((unsigned char)s[*i]) && k < max)
		v = v * 10 + (s[(*i)++] - '0'), k++;
	if (k == 0 || (*i < n && isdig((unsigned char)s[*i])))
		return -1;
	return v;
}

/* "–" (en dash) or "-" at s[*i]. */
static int
dash(const char *s, size_t n, size_t *i)
{
	if (has(s, n, *i, "\xE2\x80\x93")) {
		*i += 3;
		return 1;
	}
	if (has(s, n, *i, "-")) {
		*i += 1;
		return 1;
	}
	return 0;
}

static int
valid_day(int y, int m, int d)
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return 0;
	return !(m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
}

/* A date at s[0..n): its length, 0 if none.  Fills when/from/to (left ""
 * when the printed date is no real day: *doubtful is set). */
static size_t
parse_date(const char *s, size_t n, frus_dateline *d)
{
	if (has(s, n, 0, "undated") || has(s, n, 0, "Undated"))
		return 7;
	for (int m = 0; m < 12; m++) {
		size_t i = strlen(months[m]);
		if (!has(s, n, 0, months[m]) || !has(s, n, i, " "))
			continue;
		i++;
		size_t save = i;
		int y = number(s, n, &i, 4);
		if (y >= 1000 && i - save == 4) {       /* "July 1962" */
			snprintf(d->when, sizeof d->when, "%04d-%02d", y, m + 1);
			return i;
		}
		i = save;
		int d1 = number(s, n, &i, 2), d2 = -1;
		if (d1 < 0)
			return 0;
		size_t j = i;
		if (dash(s, n, &j)) {
			d2 = number(s, n, &j, 2);
			if (d2 < 0)
				return 0;
			i = j;
		}
		if (!has(s, n, i, ", "))
			return 0;
		i += 2;
		save = i;
		y = number(s, n, &i, 4);
		if (y < 1000 || i - save != 4)
			return 0;
		if (!valid_day(y, m + 1, d1) || (d2 >= 0 && (!valid_day(y, m + 1, d2) || d2 <= d1))) {
			d->doubtful = 1;
			return i;
		}
		if (d2 >= 0) {
			snprintf(d->from, sizeof d->from, "%04d-%02d-%02d", y, m + 1, d1);
			snprintf(d->to, sizeof d->to, "%04d-%02d-%02d", y, m + 1, d2);
		} else {
			snprintf(d->when, sizeof d->when, "%04d-%02d-%02d", y, m + 1, d1);
		}
		return i;
	}
	return 0;
}

/* A clock time "10:33", "11 a.m.", "noon": minutes since midnight, or -1
 * when there is none; *mer is 'a', 'p' or 0 (not said). */
static int
parse_clock(const char *s, size_t n, size_t *i, char *mer)
{
	*mer = 0;
	if (has(s, n, *i, "noon")) {
		*i += 4;
		*mer = 'p';
		return 12 * 60;
	}
	size_t save = *i;
	int h = number(s, n, i, 2), mi = 0;
	if (h < 0)
		return -1;
	if (has(s, n, *i, ":")) {
		(*i)++;
		size_t b = *i;
		mi = number(s, n, i, 2);
		if (mi < 0 || *i - b != 2 || mi > 59) {
			*i = save;
			return -1;
		}
	}
	if (has(s, n, *i, " a.m.") || has(s, n, *i, " p.m.")) {
		*mer = s[*i + 1];
		*i += 5;
	}
	if (h > 23 || (*mer && (h < 1 || h > 12))) {
		*i = save;
		return -1;
	}
	return h * 60 + mi;
}

/* 12-hour to 24-hour minutes. */
static int
to24(int t, char mer)
{
	int h = t / 60, m = t % 60;
	if (mer == 'a' && h == 12)
		h = 0;
	else if (mer == 'p' && h != 12)
		h += 12;
	return h * 60 + m;
}

/* The time after the date's ", ": returns its length (0: none) and fills
 * d; single times extend @when, ranges become the time element. */
static size_t
parse_time(const char *s, size_t n, size_t at, frus_dateline *d)
{
	size_t i = at;
	/* "1345Z": a telegram's transmission time, in UTC */
	if (i + 5 <= n && isdig((unsigned char)s[i]) && isdig((unsigned char)s[i + 1]) &&
	    isdig((unsigned char)s[i + 2]) && isdig((unsigned char)s[i + 3]) && s[i + 4] == 'Z') {
		int hh = (s[i] - '0') * 10 + (s[i + 1] - '0');
		int mm = (s[i + 2] - '0') * 10 + (s[i + 3] - '0');
		if (hh < 24 && mm < 60 && d->when[0] && strlen(d->when) == 10) {
			snprintf(d->when + 10, sizeof d->when - 10, "T%02d:%02d:00+00:00", hh, mm);
			return 5;
		}
		d->doubtful = 1;
		return 5;
	}
	if (has(s, n, i, "midnight"))      /* which midnight is not certain */
		return 8;
	char m1, m2;
	int t1 = parse_clock(s, n, &i, &m1);
	if (t1 < 0)
		return 0;
	size_t j = i;
	if (dash(s, n, &j)) {
		int t2 = parse_clock(s, n, &j, &m2);
		if (t2 < 0 || !m2) {
			d->doubtful = 1;
			return 0;
		}
		d->time_off = at;
		d->time_len = j - at;
		int a = to24(t1, m1 ? m1 : m2), b = to24(t2, m2);
		/* "11–12:30 p.m." is 11 a.m. to 12:30 p.m. */
		if (!m1 && a > b && m2 == 'p' && t1 / 60 < 12)
			a = to24(t1, 'a');
		if (a >= b) {
			d->doubtful = 1;
			return j - at;
		}
		snprintf(d->tfrom, sizeof d->tfrom, "%02d:%02d:00", a / 60, a % 60);
		snprintf(d->tto, sizeof d->tto, "%02d:%02d:00", b / 60, b % 60);
		return j - at;
	}
	if (!m1 && t1 < 13 * 60) {       /* "9:14" without a.m./p.m. */
		d->doubtful = 1;
		return 0;
	}
	int t = m1 ? to24(t1, m1) : t1;
	if (d->when[0] && strlen(d->when) == 10)
		snprintf(d->when + 10, sizeof d->when - 10, "T%02d:%02d:00", t / 60, t % 60);
	return i - at;
}

/* "Washington", "New York", "Washington, D.C.", "Punta del Este". */
static int
place_like(const char *s, size_t n)
{
	unsigned char c = (unsigned char)s[0];
	if (n == 0 || n > 60 || !((c >= 'A' && c <= 'Z') || (c >= 0xC3 && c <= 0xC5)))
		return 0;
	size_t words = 1;
	for (size_t i = 0; i < n; i++) {
		if (isdig((unsigned char)s[i]) || strchr(":;()[]\"", s[i]))
			return 0;
		if (s[i] == ' ')
			words++;
	}
	return words <= 6;
}

/* What may follow the date: nothing, ".", "(Received …)". */
static int
tail_ok(const char *s, size_t n)
{
	size_t i = 0;
	if (i < n && s[i] == '.')
		i++;
	if (i == n)
		return 1;
	return has(s, n, i, " (") && s[n - 1 - (s[n - 1] == '.')] == ')';
}

static int
parse_at(const char *s, size_t n, size_t p, frus_dateline *d)
{
	memset(d, 0, sizeof *d);
	size_t len = parse_date(s + p, n - p, d);
	if (!len)
		return 0;
	d->date_off = p;
	d->date_len = len;
	size_t e = p + len;
	if (has(s, n, e, ", ")) {
		size_t t = parse_time(s, n, e + 2, d);
		if (t && d->time_len == 0)          /* a single time: part of the date */
			d->date_len = e + 2 + t - p;
		e = t ? e + 2 + t : e;
	}
	if (!tail_ok(s + e, n - e)) {
		/* ", 1345." and the like: a time we cannot read, kept as text */
		if (!(has(s, n, e, ", ") && n - e <= 24))
			return 0;
		d->doubtful = 1;
	}
	d->place_len = p ? p - 2 : 0;
	return 1;
}

int
frus_dateline_parse(const char *s, size_t n, frus_dateline *d)
{
	if (n < 7 || n > 200)
		return 0;
	if (parse_at(s, n, 0, d))
		return 1;
	for (size_t p = 2; p < n && p <= 62; p++)
		if (s[p - 2] == ',' && s[p - 1] == ' ' && place_like(s, p - 2) && parse_at(s, n, p, d))
			return 1;
	return 0;
}

static void
add_text(xmlNodePtr parent, const char *s, size_t n)
{
	if (n)
		xmlAddChild(parent, xmlNewTextLen((const xmlChar *)s, (int)n));
}

void
frus_dateline_fill(xmlNodePtr dl, xmlNsPtr ns, const char *s, size_t n, const frus_dateline *d)
{
	if (d->place_len)
		add_text(xmlNewChild(dl, ns, BAD_CAST "placeName", NULL), s, d->place_len);
	add_text(dl, s + d->place_len, d->date_off - d->place_len);
	xmlNodePtr date = xmlNewChild(dl, ns, BAD_CAST "date", NULL);
	if (d->when[0])
		xmlSetProp(date, BAD_CAST "when", BAD_CAST d->when);
	if (d->from[0]) {
		xmlSetProp(date, BAD_CAST "from", BAD_CAST d->from);
		xmlSetProp(date, BAD_CAST "to", BAD_CAST d->to);
	}
	xmlSetProp(date, BAD_CAST "calendar", BAD_CAST "gregorian");
	add_text(date, s + d->date_off, d->date_len);
	size_t e = d->date_off + d->date_len;
	if (d->time_len) {
		add_text(dl, s + e, d->time_off - e);
		xmlNodePtr t = xmlNewChild(dl, ns, BAD_CAST "time", NULL);
		if (d->tfrom[0]) {
			xmlSetProp(t, BAD_CAST "from", BAD_CAST d->tfrom);
			xmlSetProp(t, BAD_CAST "to", BAD_CAST d->tto);
		}
		add_text(t, s + d->time_off, d->time_len);
		e = d->time_off + d->time_len;
	}
	add_text(dl, s + e, n - e);
}
