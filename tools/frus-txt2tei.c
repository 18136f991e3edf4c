/* frus-txt2tei — FRUS document text to TEI P5.  See frus-txt2tei.1. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "frus/batch.h"
#include "frus/blocks.h"
#include "frus/copy.h"
#include "frus/err.h"
#include "frus/lists.h"
#include "frus/out.h"
#include "frus/tei.h"
#include "frus/text.h"
#include "frus/xmlio.h"

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: frus-txt2tei [-o OUT] [--id ID] [--volume VOLID] [--encoding utf-8|latin1]\n"
	    "                    [--strict] [--explain] [-q] [FILE]\n"
	    "       frus-txt2tei -d OUTDIR [--volume VOLID] [--strict] [-q] FILE...\n"
	    "Converts FRUS document text (as copied from history.state.gov) to TEI P5.\n");
}

/* The file's base name without extension: the id of an unnumbered document. */
static char *
base_id(const char *path)
{
	if (!path || strcmp(path, "-") == 0)
		return NULL;
	const char *b = strrchr(path, '/');
	b = b ? b + 1 : path;
	const char *dot = strrchr(b, '.');
	return frus_xstrndup(b, dot && dot != b ? (size_t)(dot - b) : strlen(b));
}

/* The two list pages of the front matter (persons, terms) have their own
 * converter (lists.c): their head says which page it is. */
static int
is_list_page(const frus_text *t)
{
	const char *p = t->buf;
	while (*p == '\n' || *p == ' ' || *p == '\t')
		p++;
	const char *e = strchr(p, '\n');
	return frus_list_kind_of_head(p, e ? (size_t)(e - p) : strlen(p)) != FRUS_LIST_NONE;
}

/* One input to one output; returns an exit status. */
static int
convert(const char *in, const char *out, const frus_tei_opts *opts, enum frus_encoding enc)
{
	frus_text t;
	frus_doc d;
	unsigned long errs = frus_nerrors;
	int rc = frus_text_read(&t, in, enc);
	if (rc)
		return rc;
	frus_copy_normalise(&t);
	if (is_list_page(&t)) {
		frus_list l;
		rc = frus_list_from_text(&l, &t, opts->volume);
		if (rc == 0 && frus_nerrors > errs)
			rc = FRUS_EXIT_INVALID;
		if (rc == 0 && frus_xml_write(l.doc, out) != 0)
			rc = FRUS_EXIT_USAGE;
		frus_list_free(&l);
		frus_text_free(&t);
		return rc;
	}
	rc = frus_blocks_parse(&d, &t);
	xmlDocPtr doc = NULL;
	if (rc == 0) {
		frus_tei_opts o = *opts;
		char *fallback = base_id(in);
		o.fallback_id = fallback;
		if (!d.number && !o.id && !fallback)
			frus_warning(t.name, d.heading.line, 1, "the document has no number and no --id: "
			             "its id is \"document\"");
		doc = frus_tei_from_blocks(&d, &o);
		free(fallback);
		if (!doc)
			rc = FRUS_EXIT_INVALID;
	}
	/* --strict: warnings counted as errors fail the conversion. */
	if (rc == 0 && frus_nerrors > errs)
		rc = FRUS_EXIT_INVALID;
	if (rc == 0 && frus_xml_write(doc, out) != 0)
		rc = FRUS_EXIT_USAGE;
	xmlFreeDoc(doc);
	frus_doc_free(&d);
	frus_text_free(&t);
	return rc;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "dir", required_argument, NULL, 'd' },
		{ "id", required_argument, NULL, 'i' },
		{ "volume", required_argument, NULL, 'V' },
		{ "encoding", required_argument, NULL, 'e' },
		{ "strict", no_argument, NULL, 's' },
		{ "explain", no_argument, NULL, 'x' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'v' },
		{ NULL, 0, NULL, 0 }
	};
	const char *out = NULL, *dir = NULL;
	frus_tei_opts opts = { 0 };
	enum frus_encoding enc = FRUS_ENC_UTF8;
	int c;

	/* getopt prints argv[0]: make it the short name too */
	argv[0] = frus_setprogname(argv[0]);
	while ((c = getopt_long(argc, argv, "o:d:q", longopts, NULL)) != -1) {
		switch (c) {
		case 'o': out = optarg; break;
		case 'd': dir = optarg; break;
		case 'i': opts.id = optarg; break;
		case 'V': opts.volume = optarg; break;
		case 'e':
			if (strcmp(optarg, "latin1") == 0 || strcmp(optarg, "latin-1") == 0 ||
			    strcmp(optarg, "iso-8859-1") == 0)
				enc = FRUS_ENC_LATIN1;
			else if (strcmp(optarg, "utf-8") != 0 && strcmp(optarg, "utf8") != 0)
				frus_die(FRUS_EXIT_USAGE, "unknown encoding \"%s\" (utf-8 or latin1)", optarg);
			break;
		case 's': frus_strict = 1; break;
		case 'x': frus_blocks_explain = 1; break;
		case 'q': frus_quiet = 1; break;
		case 'h': usage(stdout); return 0;
		case 'v': frus_version(); return 0;
		default: usage(stderr); return FRUS_EXIT_USAGE;
		}
	}
	int nfiles = argc - optind;
	frus_xml_init();
	if (!dir) {
		if (nfiles > 1) {
			fprintf(stderr, "frus-txt2tei: several inputs need -d OUTDIR\n");
			usage(stderr);
			return FRUS_EXIT_USAGE;
		}
		return convert(nfiles ? argv[optind] : NULL, out, &opts, enc);
	}
	if (out || opts.id)
		frus_die(FRUS_EXIT_USAGE, "-o and --id name one output; with -d each input gets its own");
	if (nfiles == 0)
		frus_die(FRUS_EXIT_USAGE, "-d OUTDIR needs input files");
	if (frus_mkdir(dir) != 0)
		return FRUS_EXIT_USAGE;
	frus_batch b;
	frus_batch_start(&b, (size_t)nfiles, frus_quiet);
	int worst = 0;
	for (int i = optind; i < argc; i++) {
		char *o = frus_out_name(dir, argv[i], ".xml");
		int rc = convert(argv[i], o, &opts, enc);
		free(o);
		frus_batch_step(&b, argv[i], rc == 0);
		if (rc > worst)
			worst = rc;
	}
	frus_batch_finish(&b, "converted");
	xmlCleanupParser();
	return worst;
}
