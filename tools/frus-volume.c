/* frus-volume — document TEI files to one volume TEI, and back (--split).
 * See frus-volume.1. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "frus/err.h"
#include "frus/lists.h"
#include "frus/names.h"
#include "frus/text.h"
#include "frus/volume.h"
#include "frus/xmlio.h"

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: frus-volume [-o OUT] [--meta FILE] [--outline FILE] [--renumber]\n"
	    "                   [--id VOLID] [--title T] [--complete-title T] [--series T]\n"
	    "                   [--sub-series T] [--volume-number T] [--editor NAME[:ROLE]]...\n"
	    "                   [--publisher P] [--pub-place P] [--date D] [--content-date FROM[/TO]]\n"
	    "                   [--persons LIST] [--terms LIST] [--report FILE]\n"
	    "                   [--files-from LIST] [--strict] [-q] FILE...\n"
	    "       frus-volume --link-only [--persons LIST] [--terms LIST] [-o OUT] [DOC]\n"
	    "       frus-volume --split -d OUTDIR [--short-names] [-q] [VOLUME]\n"
	    "Assembles FRUS document TEI files into one volume, or splits a volume.\n");
}

/* Appends the non-empty lines of list ("-" = stdin) to *files. */
static int
files_from(const char *list, char ***files, size_t *n, char **keep)
{
	size_t len;
	if (frus_slurp(list, keep, &len) != 0) {
		frus_error(list, 0, 0, "cannot read the file list");
		return -1;
	}
	for (char *line = *keep, *next; line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		if (*line) {
			*files = frus_xrealloc(*files, (*n + 1) * sizeof **files);
			(*files)[(*n)++] = line;
		}
	}
	return 0;
}

static int
split(const char *in, const char *dir, int short_names)
{
	xmlDocPtr vol = frus_xml_read(in);
	if (!vol)
		return FRUS_EXIT_USAGE;
	size_t count;
	int rc = frus_volume_split(vol, !in || strcmp(in, "-") == 0 ? "<stdin>" : in,
	                           dir, short_names, &count);
	if (!frus_quiet && rc == 0)
		fprintf(stderr, "frus-volume: %zu documents written to %s\n", count, dir);
	xmlFreeDoc(vol);
	return rc;
}

/* The volume's lists of persons and terms, as read. */
typedef struct {
	frus_list p, t;
	frus_list *persons, *terms;
} lists;

static int
read_lists(lists *ls, const char *persons, const char *terms)
{
	int rc;
	if (persons) {
		if ((rc = frus_list_read(&ls->p, persons, FRUS_LIST_PERSONS)) != 0)
			return rc;
		ls->persons = &ls->p;
	}
	if (terms) {
		if ((rc = frus_list_read(&ls->t, terms, FRUS_LIST_TERMS)) != 0)
			return rc;
		ls->terms = &ls->t;
	}
	return 0;
}

static void
lists_free(lists *ls)
{
	frus_list_free(&ls->p);
	frus_list_free(&ls->t);
}

static const char *
origin(void *ctx, xmlNodePtr div)
{
	(void)ctx;
	return div->_private;
}

static int
write_report(xmlNodePtr root, const char *report)
{
	FILE *fp = strcmp(report, "-") == 0 ? stdout : fopen(report, "w");
	if (!fp) {
		frus_error(report, 0, 0, "cannot write the report");
		return -1;
	}
	frus_names_report(root, fp);
	if ((fp == stdout ? fflush(fp) : fclose(fp)) != 0) {
		frus_error(report, 0, 0, "cannot write the report");
		return -1;
	}
	return 0;
}

static void
link_tree(xmlNodePtr root, lists *ls, const char *file, int use_origin)
{
	frus_names *nm = frus_names_new(ls->persons, ls->terms);
	frus_names_stats st = { 0 };
	frus_names_link(nm, root, file, use_origin ? origin : NULL, NULL, &st);
	frus_names_free(nm);
	if (!frus_quiet)
		fprintf(stderr, "frus-volume: %lu names (%lu linked), %lu terms, %lu warnings\n",
		        st.persons, st.persons_linked, st.terms, st.warnings);
}

static xmlNodePtr
child_el(xmlNodePtr n, const char *name)
{
	for (xmlNodePtr c = n ? n->children : NULL; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE && xmlStrEqual(c->name, (const xmlChar *)name))
			return c;
	return NULL;
}

/* The lists go into front after the contents (terms, then persons, the
 * Office's order), and the contents get an entry for each. */
static void
add_front(xmlDocPtr vol, lists *ls)
{
	xmlNodePtr text = child_el(xmlDocGetRootElement(vol), "text");
	xmlNodePtr front = child_el(text, "front");
	if (!front)
		return;
	xmlNodePtr toc = NULL;
	for (xmlNodePtr c = front->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE && xmlStrEqual(c->name, (const xmlChar *)"div"))
			toc = c;
	xmlNodePtr toclist = child_el(toc, "list");
	xmlNodePtr firstitem = toclist ? child_el(toclist, "item") : NULL;
	frus_list *order[2] = { ls->terms, ls->persons };
	for (int i = 0; i < 2; i++) {
		if (!order[i])
			continue;
		frus_list_adopt(order[i], front);
		if (toclist) {
			xmlNodePtr item = xmlNewNode(toclist->ns, (const xmlChar *)"item");
			xmlNodePtr ref = xmlNewTextChild(item, toclist->ns, (const xmlChar *)"ref",
			                                 (const xmlChar *)order[i]->head);
			xmlNewProp(ref, (const xmlChar *)"target",
			           (const xmlChar *)(order[i] == ls->terms ? "#terms" : "#persons"));
			if (firstitem)
				xmlAddPrevSibling(firstitem, item);
			else
				xmlAddChild(toclist, item);
		}
	}
}

static int
link_volume(xmlDocPtr vol, lists *ls, const char *out, const char *report)
{
	link_tree(xmlDocGetRootElement(vol), ls, out ? out : "<stdout>", 1);
	add_front(vol, ls);
	if (report && write_report(xmlDocGetRootElement(vol), report) != 0)
		return -1;
	return 0;
}

/* One document (or volume) in, the same linked out: a filter. */
static int
link_only(lists *ls, const char *in, const char *out, const char *report)
{
	xmlDocPtr doc = frus_xml_read(in);
	if (!doc)
		return FRUS_EXIT_USAGE;
	unsigned long errs = frus_nerrors;
	link_tree(xmlDocGetRootElement(doc), ls, !in || strcmp(in, "-") == 0 ? "<stdin>" : in, 0);
	int rc = 0;
	if (report && write_report(xmlDocGetRootElement(doc), report) != 0)
		rc = FRUS_EXIT_USAGE;
	if (rc == 0 && frus_nerrors > errs)
		rc = FRUS_EXIT_INVALID;
	if (rc == 0 && frus_xml_write(doc, out) != 0)
		rc = FRUS_EXIT_USAGE;
	xmlFreeDoc(doc);
	return rc;
}

int
main(int argc, char **argv)
{
	enum { O_META = 256, O_OUTLINE, O_RENUMBER, O_SPLIT, O_SHORT, O_FILES, O_STRICT,
	       O_PERSONS, O_TERMS, O_REPORT, O_LINKONLY };
	static const struct option longopts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "dir", required_argument, NULL, 'd' },
		{ "meta", required_argument, NULL, O_META },
		{ "outline", required_argument, NULL, O_OUTLINE },
		{ "renumber", no_argument, NULL, O_RENUMBER },
		{ "split", no_argument, NULL, O_SPLIT },
		{ "short-names", no_argument, NULL, O_SHORT },
		{ "files-from", required_argument, NULL, O_FILES },
		{ "strict", no_argument, NULL, O_STRICT },
		{ "persons", required_argument, NULL, O_PERSONS },
		{ "terms", required_argument, NULL, O_TERMS },
		{ "report", required_argument, NULL, O_REPORT },
		{ "link-only", no_argument, NULL, O_LINKONLY },
		/* Metadata options: their name is the metadata-file key. */
		{ "id", required_argument, NULL, 'm' },
		{ "title", required_argument, NULL, 'm' },
		{ "complete-title", required_argument, NULL, 'm' },
		{ "series", required_argument, NULL, 'm' },
		{ "sub-series", required_argument, NULL, 'm' },
		{ "volume-number", required_argument, NULL, 'm' },
		{ "editor", required_argument, NULL, 'm' },
		{ "publisher", required_argument, NULL, 'm' },
		{ "pub-place", required_argument, NULL, 'm' },
		{ "date", required_argument, NULL, 'm' },
		{ "content-date", required_argument, NULL, 'm' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'v' },
		{ NULL, 0, NULL, 0 }
	};
	const char *out = NULL, *dir = NULL, *metafile = NULL, *list = NULL;
	frus_volume_opts opts = { 0 };
	frus_volmeta meta = { 0 }, cli = { 0 };
	const char *persons = NULL, *terms = NULL, *report = NULL;
	int c, idx, dosplit = 0, short_names = 0, linkonly = 0, rc;

	/* getopt prints argv[0]: make it the short name too */
	argv[0] = frus_setprogname(argv[0]);
	while ((c = getopt_long(argc, argv, "o:d:q", longopts, &idx)) != -1) {
		switch (c) {
		case 'o': out = optarg; break;
		case 'd': dir = optarg; break;
		case O_META: metafile = optarg; break;
		case O_OUTLINE: opts.outline = optarg; break;
		case O_RENUMBER: opts.renumber = 1; break;
		case O_SPLIT: dosplit = 1; break;
		case O_SHORT: short_names = 1; break;
		case O_FILES: list = optarg; break;
		case O_STRICT: frus_strict = 1; break;
		case O_PERSONS: persons = optarg; break;
		case O_TERMS: terms = optarg; break;
		case O_REPORT: report = optarg; break;
		case O_LINKONLY: linkonly = 1; break;
		case 'm':
			if (frus_volmeta_set(&cli, longopts[idx].name, optarg) != 0) {
				frus_volmeta_free(&cli);
				frus_die(FRUS_EXIT_USAGE, "--editor: role must be primary or general: \"%s\"",
				         optarg);
			}
			break;
		case 'q': frus_quiet = 1; break;
		case 'h': usage(stdout); frus_volmeta_free(&cli); return 0;
		case 'v': frus_version(); frus_volmeta_free(&cli); return 0;
		default: usage(stderr); frus_volmeta_free(&cli); return FRUS_EXIT_USAGE;
		}
	}
	frus_xml_init();
	if (dosplit) {
		frus_volmeta_free(&cli);
		if (!dir || argc - optind > 1) {
			fprintf(stderr, "frus-volume: --split needs -d OUTDIR and one volume\n");
			usage(stderr);
			return FRUS_EXIT_USAGE;
		}
		return split(optind < argc ? argv[optind] : NULL, dir, short_names);
	}

	lists ls = { 0 };
	if ((persons || terms) && (rc = read_lists(&ls, persons, terms)) != 0) {
		frus_volmeta_free(&cli);
		lists_free(&ls);
		return rc;
	}
	if (linkonly) {
		frus_volmeta_free(&cli);
		if (argc - optind > 1) {
			fprintf(stderr, "frus-volume: --link-only takes one document\n");
			usage(stderr);
			lists_free(&ls);
			return FRUS_EXIT_USAGE;
		}
		rc = link_only(&ls, optind < argc ? argv[optind] : NULL, out, report);
		lists_free(&ls);
		return rc;
	}

	char **files = NULL, *listbuf = NULL;
	size_t nfiles = 0;
	for (int i = optind; i < argc; i++) {
		files = frus_xrealloc(files, (nfiles + 1) * sizeof *files);
		files[nfiles++] = argv[i];
	}
	rc = 0;
	if (list && files_from(list, &files, &nfiles, &listbuf) != 0)
		rc = FRUS_EXIT_USAGE;
	if (rc == 0 && nfiles == 0) {
		fprintf(stderr, "frus-volume: no input files\n");
		usage(stderr);
		rc = FRUS_EXIT_USAGE;
	}
	if (rc == 0 && metafile)
		rc = frus_volmeta_read(&meta, metafile);
	frus_volmeta_merge(&meta, &cli);
	if (rc == 0) {
		opts.output = out;
		unsigned long errs = frus_nerrors;
		xmlDocPtr vol = frus_volume_assemble(files, nfiles, &meta, &opts, &rc);
		/* --strict: a warning (a renamed id) fails the run. */
		if (vol && (ls.persons || ls.terms) && link_volume(vol, &ls, out, report) != 0)
			rc = FRUS_EXIT_USAGE;
		if (vol && frus_nerrors > errs)
			rc = FRUS_EXIT_INVALID;
		if (vol && rc == 0 && frus_xml_write(vol, out) != 0)
			rc = FRUS_EXIT_USAGE;
		xmlFreeDoc(vol);
	}
	frus_volmeta_free(&meta);
	lists_free(&ls);
	free(files);
	free(listbuf);
	return rc;
}
