/* dateline.c — datelines (see dateline.h; conventions section 4). */
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

static void
add_text(xmlNodePtr parent, const char *s, size_t n)
{
	if (n)
		xmlAddChild(parent, xmlNewTextLen((const xmlChar *)s, (int)n));
}

/* "July 27, 1962" at s: returns its length and the ISO date, or 0. */
static size_t
parse_date(const char *s, size_t n, char iso[11])
{
	for (int m = 0; m < 12; m++) {
		size_t k = strlen(months[m]);
		if (n < k + 8 || memcmp(s, months[m], k) != 0 || s[k] != ' ')
			continue;
		size_t i = k + 1, d = 0, dd = 0;
		while (i < n && isdig((unsigned char)s[i]) && dd < 2)
			d = d * 10 + (size_t)(s[i++] - '0'), dd++;
		if (dd == 0 || d < 1 || d > 31 || i + 6 > n || s[i] != ',' || s[i + 1] != ' ')
			return 0;
		i += 2;
		size_t y = 0, yd = 0;
		while (i < n && isdig((unsigned char)s[i]) && yd < 4)
			y = y * 10 + (size_t)(s[i++] - '0'), yd++;
		if (yd != 4 || (i < n && isdig((unsigned char)s[i])))
			return 0;
		static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
		if ((int)d > mdays[m])
			return 0;
		if (m == 1 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
			return 0;
		snprintf(iso, 11, "%04zu-%02d-%02zu", y, m + 1, d);
		return i;
	}
	return 0;
}

void
frus_dateline_fill(xmlNodePtr dl, xmlNsPtr ns, const char *s, size_t n)
{
	const char *comma = memchr(s, ',', n);
	char iso[11];
	if (!comma) {
		add_text(dl, s, n);
		return;
	}
	xmlNodePtr place = xmlNewChild(dl, ns, BAD_CAST "placeName", NULL);
	add_text(place, s, (size_t)(comma - s));
	const char *p = comma;
	const char *end = s + n;
	/* ", " then the date */
	if (end - p > 2 && p[1] == ' ') {
		size_t dl_len = parse_date(p + 2, (size_t)(end - p - 2), iso);
		if (dl_len) {
			add_text(dl, p, 2);
			const char *ds = p + 2, *de = ds + dl_len;
			char when[40];
			snprintf(when, sizeof when, "%s", iso);
			/* ", 1345Z" belongs to the date: a telegram's time of
			 * transmission in UTC. */
			if (end - de >= 7 && de[0] == ',' && de[1] == ' ' && isdig((unsigned char)de[2]) &&
			    isdig((unsigned char)de[3]) && isdig((unsigned char)de[4]) &&
			    isdig((unsigned char)de[5]) && de[6] == 'Z') {
				int hh = (de[2] - '0') * 10 + (de[3] - '0');
				int mm = (de[4] - '0') * 10 + (de[5] - '0');
				if (hh < 24 && mm < 60) {
					snprintf(when, sizeof when, "%sT%02d:%02d:00+00:00", iso, hh, mm);
					de += 7;
				}
			}
			xmlNodePtr date = xmlNewChild(dl, ns, BAD_CAST "date", NULL);
			xmlSetProp(date, BAD_CAST "when", BAD_CAST when);
			xmlSetProp(date, BAD_CAST "calendar", BAD_CAST "gregorian");
			add_text(date, ds, (size_t)(de - ds));
			add_text(dl, de, (size_t)(end - de));
			return;
		}
	}
	add_text(dl, p, (size_t)(end - p));
}
