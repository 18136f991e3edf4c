/* namewords.c — the words of the names linker: how text is cut into words,
 * and the words that are titles, sentence openers or name particles (see
 * namewords.h). */
#include <stdlib.h>
#include <string.h>
#include "frus/err.h"
#include "frus/namewords.h"

/* Words before a name that are a title or an honorific, never part of
 * the name ("President Nixon", "Mrs. Carter", "Assistant Secretary"). */
const char *const frus_honorific_words[] = {
	"Acting", "Adm", "Admiral", "Ambassador", "Amb", "Amir", "Archbishop", "Assistant",
	"Ayatollah", "Bishop", "Brig", "Brigadier", "Brother", "Capt", "Captain",
	"Cardinal", "Cdr", "Chairman", "Chairwoman", "Chancellor", "Chargé", "Chief",
	"Cmdr", "Col", "Colonel", "Commander", "Commodore", "Comrade", "Congressman",
	"Congresswoman", "Consul", "Counselor", "Crown", "Dame", "Delegate", "Deputy",
	"Director", "Dr", "Emir", "Emperor", "Envoy", "Father", "Gen", "General",
	"Generalissimo", "Gov", "Governor", "Herr", "Judge", "Justice", "King", "Lady",
	"Leader", "Lieutenant", "Lord", "Lt", "Madame", "Maj", "Major", "Marquis",
	"Marshal", "Mayor", "Messrs", "Minister", "Miss", "Mlle", "Mme", "Monsieur", "Mr",
	"Mrs", "Ms", "Nuncio", "Pope", "Premier", "Pres", "President", "President-elect",
	"Prime", "Prince", "Princess", "Prof", "Professor", "Queen", "Rabbi", "Rep",
	"Representative", "Rev", "Reverend", "Secretary", "Secretary-General", "Secy",
	"Sen", "Senator", "Senators", "Senhor", "Senor", "Señor", "Sergeant", "Sgt", "Shah",
	"Sheikh", "Signor", "Sir", "Sister", "Speaker", "Sultan", "Under", "Vice",
	"Viscount", NULL
};

/* Capitalised words that start sentences or phrases, not given names. */
const char *const frus_function_words[] = {
	"A", "About", "According", "After", "Again", "Also", "Although", "An", "And", "As",
	"At", "Because", "Before", "Both", "But", "By", "Dear", "During", "Either", "Even",
	"For", "From", "He", "Here", "However", "If", "In", "Into", "It", "Later", "Meanwhile",
	"Neither", "Nor", "Now", "Of", "On", "Once", "Only", "Or", "Since", "So", "That", "The",
	"Then", "There", "These", "This", "Those", "Though", "Thus", "To", "Under", "Until",
	"We", "What", "When", "Where", "Whether", "Which", "While", "Who", "With", "Yet",
	"Did", "Does", "Has", "Had", "Have", "Is", "Was", "Were", "Will", "Would", "Should",
	"Could", "Can", "May", "Might", "Must", "Shall", "Let", "Tell", "Ask", "Asked", "Told",
	"Said", "Saw", "Call", "Called", "See", "Cf", "Cc", "Cleared", "Drafted", "Approved",
	"Ibid", "Attachment", "Enclosure", "Tab", "Memorandum", "Telegram", "Letter", NULL
};

const char *const frus_particle_words[] = {
	"al", "bin", "da", "das", "de", "del", "della", "der", "di", "do", "dos", "du",
	"el", "ibn", "la", "le", "ten", "ter", "van", "von", "y", NULL
};

/* Cuts s[0..n) into words. */
size_t
frus_words_of(const char *s, size_t n, word **out)
{
	size_t k = 0, cap = 0;
	word *w = NULL;
	const char *e = s + n;
	for (const char *p = s; p < e;) {
		if (!is_wordc(p, e)) {
			p += u8len((unsigned char)*p);
			continue;
		}
		const char *b = p;
		for (;;) {
			while (p < e && is_wordc(p, e))
				p += u8len((unsigned char)*p);
			size_t j = p < e ? joiner(p, e) : 0;
			if (j && p + j < e && is_wordc(p + j, e))
				p += j;
			else
				break;
		}
		if (k == cap) {
			cap = cap ? cap * 2 : 32;
			w = frus_xrealloc(w, cap * sizeof *w);
		}
		w[k].b = (size_t)(b - s);
		w[k++].e = (size_t)(p - s);
	}
	*out = w;
	return k;
}

/* A title, or the plural of one ("Ambassadors Nolting, Brown and Young"). */
int
frus_is_honorific(const char *s, size_t n)
{
	return in_list(frus_honorific_words, s, n) || (n > 3 && s[n - 1] == 's' && in_list(frus_honorific_words, s, n - 1));
}
