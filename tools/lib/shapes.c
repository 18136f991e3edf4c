/* shapes.c — line shape recognisers (see shapes.h). */
#include <string.h>
#include "frus/dateline.h"
#include "frus/shapes.h"

static int
isdig(int c)
{
	return c >= '0' && c <= '9';
}

static int
isupper_ascii(int c)
{
	return c >= 'A' && c <= 'Z';
}

static int
islower_ascii(int c)
{
	return c >= 'a' && c <= 'z';
}

static int
starts(const char *s, size_t n, const char *prefix)
{
	size_t k = strlen(prefix);
	return n >= k && memcmp(s, prefix, k) == 0;
}

static int
equals(const char *s, size_t n, const char *w)
{
	return strlen(w) == n && memcmp(s, w, n) == 0;
}

static int
in(const char *s, size_t n, const char *const *ws)
{
	for (int k = 0; ws[k]; k++)
		if (equals(s, n, ws[k]))
			return 1;
	return 0;
}

/* Does w occur in s[0..n)? */
static int
contains(const char *s, size_t n, const char *w)
{
	size_t k = strlen(w);
	for (size_t i = 0; i + k <= n; i++)
		if (memcmp(s + i, w, k) == 0)
			return 1;
	return 0;
}

static size_t
words(const char *s, size_t n)
{
	size_t w = 0;
	int inw = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == ' ')
			inw = 0;
		else if (!inw) {
			inw = 1;
			w++;
		}
	}
	return w;
}

/* Case-insensitive ASCII comparison of s[0..n) with w. */
static int
iequals(const char *s, size_t n, const char *w)
{
	if (strlen(w) != n)
		return 0;
	for (size_t i = 0; i < n; i++) {
		int a = (unsigned char)s[i], b = (unsigned char)w[i];
		if (a >= 'A' && a <= 'Z')
			a += 32;
		if (a != b)
			return 0;
	}
	return 1;
}

/* --- names --------------------------------------------------------------- */

enum { T_BAD, T_CAP, T_CAPS, T_INITIAL, T_SUFFIX, T_PARTICLE, T_CODE, T_CAPDOT };

static const char *const particles[] = {
	"de", "da", "del", "della", "van", "von", "der", "den", "la", "le", "du", "di", "y", "e",
	"bin", "al", "ten", "ter", "dos", "das", NULL
};
static const char *const suffixes[] = {
	"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", "2d", "3d", "2nd", "3rd", NULL
};

/* One word of a name, brackets of an editor's completion removed
 * ("G[eorge]" is "George"). */
static int
name_token(const char *w, size_t n, int last)
{
	char buf[64];
	size_t k = 0;
	for (size_t i = 0; i < n && k < sizeof buf - 1; i++)
		if (w[i] != '[' && w[i] != ']')
			buf[k++] = w[i];
	buf[k] = '\0';
	if (k == 0)
		return T_PARTICLE;        /* a bracket alone: neutral */
	if (in(buf, k, suffixes))
		return T_SUFFIX;
	if (in(buf, k, particles))
		return T_PARTICLE;
	/* initials: "J.", "C.C.", "J.F.K.", or a capital alone ("H F[reeman]") */
	{
		size_t i = 0, caps = 0;
		while (i < k && isupper_ascii((unsigned char)buf[i]) && (i + 1 == k || buf[i + 1] == '.')) {
			caps++;
			i += (i + 1 < k) ? 2 : 1;
		}
		if (i == k && caps >= 1)
			return T_INITIAL;
	}
	int dot = buf[k - 1] == '.';
	size_t e = dot ? k - 1 : k, up = 0, low = 0;
	if (e == 0)
		return T_BAD;
	unsigned char c0 = (unsigned char)buf[0];
	if (!(isupper_ascii(c0) || c0 >= 0xC3))
		return T_BAD;
	for (size_t i = 0; i < e; i++) {
		unsigned char c = (unsigned char)buf[i];
		if (isupper_ascii(c))
			up++;
		else if (islower_ascii(c))
			low++;
		else if (c >= 0x80 || c == '\'' || c == '-')
			continue;             /* accented letters, O'Brien, Fernández-Ruiz */
		else
			return T_BAD;
	}
	if (low == 0 && up >= 2)
		return T_CAPS;             /* "FISH.", "LONG." */
	if (dot && !last)
		return e <= 5 ? T_CAP : T_BAD;   /* "Robt.", "Wm.", "Geo." */
	if (dot)
		return T_CAPDOT;           /* "Lewis Baker.": 19th-century signers end so */
	if (up >= 2 && e <= 6)
		return T_CODE;             /* initials run together: "DMacA" */
	return T_CAP;
}

int
frus_shape_name(const char *s, size_t n)
{
	if (n == 0 || n > 60)
		return 0;
	/* a glued footnote marker and the odd sign the copy carries
	 * ("Rusk3", "Kennedy”8", "Carney%%5") are no part of the name */
	size_t m = n;
	while (m > 0 && isdig((unsigned char)s[m - 1]))
		m--;
	if (m > 0 && m < n && s[m - 1] == ' ')
		return 0;                     /* a number standing alone */
	n = m;
	for (;;) {
		if (n > 0 && (s[n - 1] == '%' || s[n - 1] == '"'))
			n--;
		else if (n >= 3 && (unsigned char)s[n - 3] == 0xE2 && (unsigned char)s[n - 2] == 0x80 &&
		         ((unsigned char)s[n - 1] == 0x9D || (unsigned char)s[n - 1] == 0x99))
			n -= 3;
		else
			break;
	}
	if (n > 1 && s[n - 1] == ',')
		n--;                          /* "Edw. Telfair Wetter," over his title */
	if (n == 0 || words(s, n) > 6)
		return 0;
	size_t nw = 0, strong = 0, caps = 0, initials = 0, cap = 0;
	int prev_comma = 0;
	for (size_t i = 0; i < n;) {
		while (i < n && s[i] == ' ')
			i++;
		size_t b = i;
		while (i < n && s[i] != ' ')
			i++;
		if (i == b)
			break;
		size_t e = i;
		int comma = s[e - 1] == ',';
		if (comma)
			e--;
		int t = name_token(s + b, e - b, i >= n);
		nw++;
		if (t == T_BAD)
			return 0;
		/* a comma only before "Jr." ("Merrell, Jr.") */
		if (prev_comma && t != T_SUFFIX)
			return 0;
		prev_comma = comma;
		if (t == T_CAPDOT && i < n)
			return 0;
		if (t == T_CAP || t == T_CAPDOT)
			cap++, strong++;
		else if (t == T_CAPS)
			caps++, strong++;
		else if (t == T_CODE)
			strong++;
		else if (t == T_INITIAL)
			initials++;
	}
	if (prev_comma || nw == 0)
		return 0;
	if (strong == 0)
		return initials >= 2 || (initials == 1 && memchr(s, '.', n) && n >= 4) ? 2 : 0;
	if (nw == 1)
		return cap ? 1 : 2;           /* "Grew", "Holleben." may be a heading; "JFD" is not */
	return 2;
}

/* A firm signing ("Muir and Company", "Brown Brothers & Co."): capitalised
 * words, "and" or "&" between them, a firm's word last. */
static int
firm(const char *s, size_t n)
{
	static const char *const last[] = { "Company", "Co.", "Brothers", "Bros.", "Sons", "Corporation",
	                                    "Incorporated", "Inc.", "Limited", "Ltd.", NULL };
	while (n > 0 && isdig((unsigned char)s[n - 1]))
		n--;                          /* a glued marker */
	if (n == 0 || n > 60 || words(s, n) < 2 || words(s, n) > 8)
		return 0;
	size_t lw = n;
	while (lw > 0 && s[lw - 1] != ' ')
		lw--;
	/* the last word as listed ("Co.") or before a full stop ("Company.") */
	if (!in(s + lw, n - lw, last) && !(s[n - 1] == '.' && in(s + lw, n - lw - 1, last)))
		return 0;
	for (size_t i = 0; i < lw;) {
		size_t b = i;
		while (i < lw && s[i] != ' ')
			i++;
		if (i > b && !isupper_ascii((unsigned char)s[b]) && !equals(s + b, i - b, "and") &&
		    !equals(s + b, i - b, "&") && !equals(s + b, i - b, "of"))
			return 0;
		while (i < lw && s[i] == ' ')
			i++;
	}
	return 1;
}

size_t
frus_shape_name_part(const char *s, size_t n)
{
	if (frus_shape_addressee(s, n))
		return 0;
	if (frus_shape_name(s, n) || firm(s, n))
		return n;
	/* "P. C. Knox, Attorney-General.", "Edw. Telfair Wetter, United
	 * States Consul.": a name, then its title */
	for (size_t i = 1; i + 2 < n; i++)
		if (s[i] == ',' && s[i + 1] == ' ') {
			size_t t = n - i - 2;
			const char *ts = s + i + 2;
			if (t && ts[t - 1] == '.')
				t--;
			if (frus_shape_name(s, i) == 2 && t && (frus_shape_title(ts, t) || isupper_ascii((unsigned char)ts[0])) &&
			    !equals(ts, t, "Jr") && !equals(ts, t, "Sr") && words(ts, t) <= 8)
				return i;
			break;
		}
	return 0;
}

/* Words that make a signature's second line a title, not another name. */
static const char *const title_words[] = {
	"Secretary", "Assistant", "Acting", "Chief", "Director", "Ambassador", "President",
	"Minister", "Chairman", "Deputy", "Under", "Counselor", "Administrator", "Officer",
	"Commander", "Staff", "Adviser", "Advisor", "Executive", "Special", "Representative",
	"Chargé", "Consul", "Attorney", "Governor", "Senator", "Coordinator", "Head",
	"Admiral", "General", "Colonel", "Major", "Captain", "Navy", "Army", "Agent", NULL
};
static const char *const title_small[] = { "of", "for", "the", "and", "to", "on", "in", NULL };

static int
has_word(const char *s, size_t n, const char *const *ws)
{
	for (size_t i = 0; i < n;) {
		while (i < n && (s[i] == ' ' || s[i] == ','))
			i++;
		size_t b = i;
		while (i < n && s[i] != ' ' && s[i] != ',')
			i++;
		if (i > b && in(s + b, i - b, ws))
			return 1;
	}
	return 0;
}

int
frus_shape_title(const char *s, size_t n)
{
	if (n > 1 && s[n - 1] == '.' && s[n - 2] != '.' && (words(s, n) >= 2 || in(s, n - 1, title_words)))
		n--;                          /* "United States Consul.", "Consul." */
	if (n == 0 || n > 80 || !isupper_ascii((unsigned char)s[0]) || s[n - 1] == '.')
		return 0;
	if (memchr(s, ':', n) || memchr(s, '[', n))
		return 0;
	return has_word(s, n, title_words) || has_word(s, n, title_small);
}

/* --- letters: salutation, close, date ------------------------------------ */

static const char *const closes[] = {
	"Sincerely", "Sincerely yours", "Yours sincerely", "Very sincerely yours", "Respectfully",
	"Respectfully yours", "Respectfully submitted", "Very respectfully", "Faithfully yours",
	"Yours faithfully", "Very truly yours", "Yours very truly", "Truly yours", "Cordially",
	"Cordially yours", "Warm regards", "With warm regards", "With best wishes", "Best regards",
	"With kind regards", "Affectionately", "Your obedient servant", "Yours respectfully", NULL
};

int
frus_shape_close(const char *s, size_t n)
{
	if (n == 0 || n > 100 || words(s, n) > 14)
		return 0;
	/* "I have [etc.]", "I am, etc.,", "Accept [etc.]" */
	if (contains(s, n, "[etc.]") || contains(s, n, "etc.,") || contains(s, n, "&c.") ||
	    (n >= 4 && memcmp(s + n - 4, "etc.", 4) == 0))
		return 1;
	size_t e = n;
	if (s[e - 1] == ',' || s[e - 1] == '.')
		e--;
	if (in(s, e, closes))
		return 1;
	/* "I am, sir, your obedient servant," "I have the honor to be, …," */
	return s[n - 1] == ',' && (contains(s, n, "obedient servant") || contains(s, n, "honor to be"));
}

int
frus_shape_salute(const char *s, size_t n)
{
	if (n < 4 || n > 80 || (s[n - 1] != ':' && s[n - 1] != ','))
		return 0;
	if (starts(s, n, "Dear ") || starts(s, n, "My dear ") || starts(s, n, "My Dear "))
		return 1;
	static const char *const bare[] = { "Sir:", "Sir,", "Gentlemen:", "Excellency:", "Madam:",
	                                    "Mr. President:", "Mr. Secretary:", NULL };
	return in(s, n, bare);
}

int
frus_shape_date(const char *s, size_t n)
{
	frus_dateline d;
	return frus_dateline_parse(s, n, &d);
}

/* --- labels, sections, run-in heads, speakers ---------------------------- */

int
frus_shape_label(const char *s, size_t n)
{
	if (n < 2 || n > 6)
		return 0;
	if (s[0] == '(' && s[n - 1] == ')')
		return n <= 5;
	if (s[n - 1] != '.')
		return 0;
	size_t i = 0;
	while (i < n - 1 && isdig((unsigned char)s[i]))
		i++;
	if (i == n - 1)
		return 1;
	/* "II.", "XIV.": a roman numeral */
	for (i = 0; i < n - 1 && strchr("IVXL", s[i]); i++)
		;
	if (i == n - 1)
		return 1;
	return n == 2 && (islower_ascii((unsigned char)s[0]) || isupper_ascii((unsigned char)s[0]));
}

/* Run-in heads used in FRUS policy papers: "Background. Our policies…". */
static const char *const runins[] = {
	"Background", "Policies", "Policy", "Objectives", "Evaluation", "Discussion",
	"Comment", "Comments", "Analysis", "Conclusion", "Conclusions", "Problem",
	"Recommendation", "Recommendations", "Summary", "Action", "Issue", "Issues", NULL
};

int
frus_shape_section(const char *s, size_t n)
{
	size_t w = n;
	while (w > 0 && isdig((unsigned char)s[w - 1]))
		w--;
	if (in(s, w, runins) || (w > 1 && s[w - 1] == '.' && in(s, w - 1, runins)))
		return 1;
	if (n == 0 || n > 60 || words(s, n) > 6)
		return 0;
	if (isupper_ascii((unsigned char)s[0])) {
		size_t e = n;
		while (e > 0 && isdig((unsigned char)s[e - 1]))
			e--;
		if (e == 0 || s[e - 1] != ':')
			return 0;
		for (size_t i = 0; i + 1 < e; i++)
			if (s[i] == '.' || s[i] == '?' || s[i] == '!' || s[i] == ':')
				return 0;
		return 1;
	}
	if (n >= 4 && islower_ascii((unsigned char)s[0]) && s[1] == '.' && s[2] == ' ') {
		char last = s[n - 1];
		if (last == '.' || last == '?' || last == '!' || last == ',' || last == ';')
			return 0;
		for (size_t i = 3; i < n; i++)
			if (s[i] == '.' || s[i] == ':')
				return 0;
		return 1;
	}
	return 0;
}

size_t
frus_shape_runin(const char *s, size_t n)
{
	for (int i = 0; runins[i]; i++) {
		size_t k = strlen(runins[i]);
		if (n > k + 2 && memcmp(s, runins[i], k) == 0 && s[k] == '.' && s[k + 1] == ' '
		    && isupper_ascii((unsigned char)s[k + 2]))
			return k + 1;
	}
	return 0;
}

static const char *const not_speakers[] = {
	"Subject", "Source", "Summary", "Note", "Problem", "Background", "Conclusions",
	"Recommendations", "Recommendation", "Discussion", "Comment", "Participants", "Date",
	"Place", "Time", "From", "To", "Ref", "Reference", "Attachment", "Enclosure", NULL
};

size_t
frus_shape_speaker(const char *s, size_t n)
{
	size_t lim = n < 60 ? n : 60, i = 0, w = 0, name_end = 0;
	int caps = 0;
	while (i < lim) {
		if (s[i] == ':')
			break;
		if (s[i] == ' ' && i + 1 < lim && (s[i + 1] == '(' || s[i + 1] == '[')) {
			name_end = i;
			char close = s[i + 1] == '(' ? ')' : ']';
			const char *c = memchr(s + i, close, lim - i);
			if (!c)
				return 0;
			i = (size_t)(c - s) + 1;
			if (i < lim && s[i] == ':')
				break;
			return 0;
		}
		if (s[i] == ' ') {
			i++;
			continue;
		}
		size_t b = i;
		while (i < lim && s[i] != ' ' && s[i] != ':')
			i++;
		w++;
		if (isupper_ascii((unsigned char)s[b]))
			caps++;
		else if (!islower_ascii((unsigned char)s[b]))
			return 0;
		for (size_t k = b; k < i; k++)
			if (s[k] == ',' || s[k] == ';' || s[k] == '?' || s[k] == '!' || isdig((unsigned char)s[k]))
				return 0;
		name_end = i;
	}
	if (i >= lim || s[i] != ':' || i + 1 >= n || s[i + 1] != ' ' || w == 0 || w > 5 || caps == 0)
		return 0;
	if (in(s, name_end, not_speakers))
		return 0;
	if (frus_shape_salute(s, i + 1))
		return 0;                     /* "Sir: I have the honor…": the letter's address */
	return name_end;
}

/* --- lists, attachments, openers ----------------------------------------- */

int
frus_shape_listhead(const char *s, size_t n, const char **type)
{
	static const char *const subject[] = { "SUBJECT", "SUBJECTS", "SUBJ", "SUBJ.", NULL };
	static const char *const participants[] = { "PARTICIPANTS", "PRESENT", "ATTENDEES", NULL };
	static const char *const references[] = { "REFERENCES", "REFERENCE", "REFS", "REF", NULL };
	if (n > 1 && s[n - 1] == ':')
		n--;                          /* "REF:" */
	if (in(s, n, references)) {
		*type = "references";
		return 1;
	}
	if (equals(s, n, "TO") || equals(s, n, "FROM")) {
		*type = n == 2 ? "to" : "from";
		return 1;
	}
	if (in(s, n, subject)) {
		*type = "subject";
		return 1;
	}
	if (in(s, n, participants)) {
		*type = "participants";
		return 1;
	}
	/* another head in capitals over a list ("DISTRIBUTION") */
	if (n < 2 || n > 40 || words(s, n) > 3)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!(isupper_ascii((unsigned char)s[i]) || s[i] == ' ' || s[i] == '.'))
			return 0;
	*type = NULL;
	return 1;
}

static const char *const att_words[] = {
	"Tab", "Enclosure", "Inclosure", "Subenclosure", "Subinclosure", "Sub-enclosure",
	"Attachment", "Annex", "Appendix", "Exhibit", NULL
};

int
frus_shape_atthead(const char *s, size_t n)
{
	if (n == 0 || n > 60)
		return 0;
	int br = s[0] == '[';
	size_t i = (size_t)br, w = 0;
	for (int k = 0; att_words[k]; k++)
		if (starts(s + i, n - i, att_words[k]))
			w = strlen(att_words[k]);
	if (!w)
		return 0;
	i += w;
	if (br) {
		/* "[Enclosure]", "[Enclosure 1]", "[Enclosure—Translation]",
		 * "[Tab A]" perhaps with a glued footnote marker */
		const char *close = memchr(s, ']', n);
		if (!close || memchr(s + 1, '[', (size_t)(close - s - 1)))
			return 0;
		size_t e = (size_t)(close - s) + 1;
		if (i < e - 1 && (s[i] >= 'a' && s[i] <= 'z'))
			return 0;                 /* "[Enclosed …" is a sentence */
		while (e < n && isdig((unsigned char)s[e]))
			e++;
		if (e + 1 == n && s[e] == '.')
			e++;                      /* "[Inclosure in No. 10.]." */
		return e == n && words(s, n) <= 5 ? 2 : 0;
	}
	if (i < n && s[i] == ' ') {            /* "A", "1", "No. 3" */
		i++;
		if (starts(s + i, n - i, "No. "))
			i += 4;
		size_t b = i;
		while (i < n && (isdig((unsigned char)s[i]) || isupper_ascii((unsigned char)s[i])))
			i++;
		if (i == b)
			return 0;
	}
	while (i < n && isdig((unsigned char)s[i]))   /* a footnote marker */
		i++;
	return i == n ? 1 : 0;
}

/* "…/2159", "793.003/988", "838.00Electoral Law/2", "184.82/13½": a
 * decimal file number, or a slash with figures on both sides. */
static int
file_number(const char *s, size_t n)
{
	for (size_t i = 1; i + 1 < n; i++)
		if (s[i] == '/' && (isdig((unsigned char)s[i - 1]) || isupper_ascii((unsigned char)s[i - 1]) ||
		                    s[i - 1] == '.' || islower_ascii((unsigned char)s[i - 1])) &&
		    (isdig((unsigned char)s[i + 1])))
			return 1;
	return 0;
}

int
frus_shape_source(const char *s, size_t n)
{
	if (n == 0 || n > 90 || words(s, n) > 10)
		return 0;
	/* ": Telegram", ": Circular telegram", ": Airgram" */
	const char *colon = memchr(s, ':', n);
	size_t e = colon ? (size_t)(colon - s) : n;
	if (colon) {
		size_t r = n - e - 1;
		const char *t = colon + 1;
		while (r && *t == ' ')
			t++, r--;
		static const char *const kinds[] = { "Telegram", "Circular telegram", "Airgram",
		                                     "Circular airgram", "Circular", "Despatch", NULL };
		size_t r2 = r;
		while (r2 && isdig((unsigned char)t[r2 - 1]))
			r2--;                 /* a glued marker */
		if (!in(t, r2, kinds))
			return 0;
	}
	if (file_number(s, e) && !memchr(s, ',', e) && words(s, e) <= 6)
		return 1;
	/* an archive: "Hopkins Papers", "J.C.S. Files", "Roosevelt Papers" */
	size_t b = e;
	while (b > 0 && isdig((unsigned char)s[b - 1]))
		b--;                          /* a glued marker */
	static const char *const ends[] = { " Papers", " Files", " File", " Records", NULL };
	for (int k = 0; ends[k]; k++) {
		size_t l = strlen(ends[k]);
		if (b > l && memcmp(s + b - l, ends[k], l) == 0 && isupper_ascii((unsigned char)s[0]) &&
		    words(s, b) <= 5)
			return 1;
	}
	return 0;
}

static const char *const classifications[] = {
	"top secret", "secret", "confidential", "restricted", "unclassified", "personal",
	"personal and confidential", "strictly confidential", "eyes only", "limited official use",
	"official use only", "top secret—eyes only", "secret—eyes only", "private", NULL
};

int
frus_shape_classification(const char *s, size_t n)
{
	while (n > 0 && (s[n - 1] == '.' || isdig((unsigned char)s[n - 1])))
		n--;
	for (int k = 0; classifications[k]; k++)
		if (iequals(s, n, classifications[k]))
			return 1;
	return 0;
}

int
frus_shape_opener(const char *s, size_t n)
{
	if (n == 0 || n > 60)
		return 0;
	/* "No. 632", "No. 71.]" */
	if (starts(s, n, "No. ") && n > 4 && isdig((unsigned char)s[4])) {
		size_t i = 4;
		while (i < n && (isdig((unsigned char)s[i]) || s[i] == '.' || s[i] == ']'))
			i++;
		return i == n;
	}
	if (frus_shape_classification(s, n))
		return 1;
	/* "[Paraphrase]", "[Extract]", "[Translation9]" (a marker glued) */
	if (s[0] == '[') {
		size_t e = n;
		while (e > 0 && isdig((unsigned char)s[e - 1]))
			e--;
		if (e >= 3 && s[e - 1] == ']' && words(s, e) <= 3 && !memchr(s + 1, '[', e - 1) &&
		    isupper_ascii((unsigned char)s[1]))
			return 1;
		/* "[Translation9]": the marker inside the bracket */
		if (n >= 3 && s[n - 1] == ']' && words(s, n) <= 3 && isupper_ascii((unsigned char)s[1]) &&
		    !memchr(s + 1, '[', n - 1))
			return 1;
	}
	return 0;
}

int
frus_shape_title_like(const char *s, size_t n)
{
	if (n == 0 || n > 400 || words(s, n) > 50)
		return 0;
	unsigned char c = (unsigned char)s[0];
	if (!(isupper_ascii(c) || c >= 0xC3 || c == '"' || c == 0xE2))
		return 0;
	if (s[n - 1] == ':' || frus_shape_salute(s, n) || frus_shape_classification(s, n) ||
	    frus_shape_date(s, n))
		return 0;
	/* a heading names a thing; a sentence tells ("the consul was
	 * instructed", "we have") */
	static const char *const telling[] = { " was ", " were ", " is ", " are ", " has ", " have ",
	                                       " had ", " will ", " would ", " shall ", " should ",
	                                       " I ", " we ", " We ", " our ", " my ", NULL };
	for (int k = 0; telling[k]; k++)
		if (contains(s, n, telling[k]))
			return 0;
	/* one sentence: no ". X" inside, but for abbreviations ("Mr. Adam",
	 * "U.S. Policy") */
	for (size_t i = 1; i + 2 < n; i++)
		if ((s[i] == '.' || s[i] == '?' || s[i] == '!') && s[i + 1] == ' ' &&
		    isupper_ascii((unsigned char)s[i + 2])) {
			size_t b = i;
			while (b > 0 && s[b - 1] != ' ')
				b--;
			size_t wl = i - b;
			if (wl > 3 && !memchr(s + b, '.', wl))
				return 0;         /* a full word ends a sentence */
		}
	return 1;
}

int
frus_shape_addressee(const char *s, size_t n)
{
	static const char *const to[] = { "Hon. ", "Hon ", "Honorable ", "The Honorable ", "His Excellency ",
	                                  "Her Excellency ", "To the ", "To ", "Mr. ", "Señor ",
	                                  "Monsieur ", NULL };
	if (n > 160 || words(s, n) > 20)
		return 0;
	/* "William L. Dayton, Esq., &c., &c., Paris." */
	if (contains(s, n, ", Esq.") || contains(s, n, "&c., &c."))
		return 1;
	for (int k = 0; to[k]; k++)
		if (starts(s, n, to[k]))
			return memchr(s, ',', n) != NULL;
	return 0;
}

int
frus_shape_enclosure_label(const char *s, size_t n)
{
	/* "A.", "B", "No. 2.", "1." alone: which enclosure follows */
	if (starts(s, n, "No. ")) {
		s += 4;
		n -= 4;
	}
	size_t i = 0;
	while (i < n && isdig((unsigned char)s[i]))
		i++;
	if (i == 0 && n && isupper_ascii((unsigned char)s[0]))
		i = 1;
	if (i < n && s[i] == '.')
		i++;
	return i > 0 && i == n && n <= 5;
}

int
frus_shape_smallcaps(const char *s, size_t n)
{
	size_t lower = 0;
	for (size_t k = 0; k < n; k++) {
		if (isupper_ascii((unsigned char)s[k]))
			return 0;
		lower += islower_ascii((unsigned char)s[k]);
	}
	return lower >= 3;
}

/* A word counts as capitalised after an opening bracket or quote:
 * "(State Initiative)". */
static int
capitalised(const char *s, size_t n)
{
	while (n > 1 && (*s == '(' || *s == '[' || *s == '"' || *s == '\''))
		s++, n--;
	unsigned char c = (unsigned char)*s;
	return isupper_ascii(c) || isdig(c) || c >= 0xC3 || c == 0xE2;
}

int
frus_shape_heading(const char *s, size_t n)
{
	/* "* * * * *", ". . . . .": an omission, printed centred */
	size_t marks = 0, k0 = 0;
	for (; k0 < n && (s[k0] == '*' || s[k0] == '.' || s[k0] == ' '); k0++)
		marks += s[k0] != ' ';
	if (k0 == n && marks >= 3)
		return 2;
	while (n > 0 && isdig((unsigned char)s[n - 1]) && n > 1 && !isdig((unsigned char)s[n - 2]))
		n--;                          /* a glued marker: "WEST INDIES2" */
	if (n == 0 || n > 100 || words(s, n) > 12 || strchr(".,;:!", s[n - 1]))
		return 0;
	/* "part i. progress of operations": small capitals, which the copy
	 * gives in lower case, centred over a part */
	if (islower_ascii((unsigned char)s[0]) && frus_shape_smallcaps(s, n) && !memchr(s, '[', n) &&
	    words(s, n) >= 2 && words(s, n) <= 8 && s[n - 1] != '?')
		return 3;
	unsigned char c = (unsigned char)s[0];
	if (!(isupper_ascii(c) || isdig(c) || c >= 0xC3))
		return 0;
	/* a place and date ("Lima, July 24, 1962”") is no heading */
	for (size_t k = 0; k + 2 < n; k++)
		if (s[k] == ',' && s[k + 1] == ' ' && isdig((unsigned char)s[k + 2]))
			return 0;
	if (frus_shape_date(s, n))
		return 0;
	/* "IV", "XII": a roman numeral over a part */
	size_t i = 0;
	while (i < n && strchr("IVXLC", s[i]))
		i++;
	if (i == n && n <= 6)
		return 2;
	size_t lower = 0, caps = 0, nw = 0, capw = 0;
	for (size_t k = 0; k < n; k++) {
		lower += islower_ascii((unsigned char)s[k]);
		caps += isupper_ascii((unsigned char)s[k]);
	}
	if (lower == 0 && caps >= 2)
		return 2;                     /* "CEYLON SITUATION" */
	/* title case: most words capitalised, small words aside */
	static const char *const small[] = { "a", "an", "the", "of", "for", "and", "to", "in", "on",
	                                     "with", "by", "at", "or", "from", "as", "vs.", NULL };
	for (size_t k = 0; k < n;) {
		while (k < n && s[k] == ' ')
			k++;
		size_t b = k;
		while (k < n && s[k] != ' ')
			k++;
		if (k == b || in(s + b, k - b, small))
			continue;
		nw++;
		capw += capitalised(s + b, k - b);
	}
	/* a question is a heading only in strict title case ("Does Foreign
	 * Aid Work?"); a sentence asks with small words */
	if (s[n - 1] == '?')
		return nw >= 3 && capw == nw;
	return nw > 0 && 2 * capw >= 2 * nw - (nw > 4) ? 1 : 0;
}

int
frus_shape_postscript(const char *s, size_t n)
{
	return starts(s, n, "P.S.") || starts(s, n, "P. S.") || starts(s, n, "PS.") || starts(s, n, "PS ") ||
	       starts(s, n, "P.P.S.") || starts(s, n, "Postscript");
}
