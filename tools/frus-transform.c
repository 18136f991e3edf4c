/* frus-transform — XSLT chains in one process.  See frus-transform.1. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxslt/xsltutils.h>
#include <libxslt/xslt.h>
#include "frus/batch.h"
#include "frus/datadir.h"
#include "frus/err.h"
#include "frus/out.h"
#include "frus/xmlio.h"
#include "frus/xslt.h"

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: frus-transform [-t FORMAT] [-x STYLESHEET]... [-p NAME=VALUE]...\n"
	    "                      [-o OUT | -d OUTDIR] [--datadir DIR] [-q] [FILE...]\n"
	    "Applies XSLT stylesheets in order, in one process, to TEI documents.\n"
	    "Formats: xhtml, text, markdown, dc, json.\n");
}

/* One input, one output; returns an exit status. */
static int
transform(frus_xslt *x, const char *in, const char *out)
{
	xmlDocPtr doc = frus_xml_read(in);
	if (!doc)
		return FRUS_EXIT_USAGE;
	int rc = 0;
	xmlDocPtr res = frus_xslt_apply(x, doc, in && strcmp(in, "-") ? in : "<stdin>");
	if (!res)
		rc = FRUS_EXIT_INVALID;
	else if (frus_xslt_write(x, res, out) != 0)
		rc = FRUS_EXIT_USAGE;
	xmlFreeDoc(res);
	xmlFreeDoc(doc);
	return rc;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "stylesheet", required_argument, NULL, 'x' },
		{ "param", required_argument, NULL, 'p' },
		{ "format", required_argument, NULL, 't' },
		{ "output", required_argument, NULL, 'o' },
		{ "dir", required_argument, NULL, 'd' },
		{ "datadir", required_argument, NULL, 'D' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'v' },
		{ NULL, 0, NULL, 0 }
	};
	const char *out = NULL, *dir = NULL, *format = NULL;
	/* Steps are compiled after the options are read, so that --datadir
	 * counts wherever it stands; -t always comes first. */
	const char **sheets = frus_xmalloc((size_t)argc * sizeof *sheets);
	const char **params = frus_xmalloc((size_t)argc * sizeof *params);
	size_t nsheets = 0, nparams = 0;
	int c;

	/* getopt prints argv[0]: make it the short name too */
	argv[0] = frus_setprogname(argv[0]);
	while ((c = getopt_long(argc, argv, "x:p:t:o:d:q", longopts, NULL)) != -1) {
		switch (c) {
		case 'x': sheets[nsheets++] = optarg; break;
		case 'p': params[nparams++] = optarg; break;
		case 't':
			if (format) {
				fprintf(stderr, "frus-transform: one -t FORMAT at most\n");
				goto usage;
			}
			format = optarg;
			break;
		case 'o': out = optarg; break;
		case 'd': dir = optarg; break;
		case 'D': frus_set_datadir(optarg); break;
		case 'q': frus_quiet = 1; break;
		case 'h': usage(stdout); free(sheets); free(params); return 0;
		case 'v': frus_version(); free(sheets); free(params); return 0;
		default: goto usage;
		}
	}
	int nfiles = argc - optind;
	if (!format && nsheets == 0) {
		fprintf(stderr, "frus-transform: nothing to do: give -t FORMAT or -x STYLESHEET\n");
		goto usage;
	}
	if (out && dir) {
		fprintf(stderr, "frus-transform: -o and -d exclude each other\n");
		goto usage;
	}
	if (!dir && nfiles > 1) {
		fprintf(stderr, "frus-transform: several inputs need -d OUTDIR\n");
		goto usage;
	}
	if (dir && nfiles == 0) {
		fprintf(stderr, "frus-transform: -d OUTDIR needs input files\n");
		goto usage;
	}

	frus_xslt *x = frus_xslt_new();
	int rc = 0;
	for (size_t i = 0; i < nparams && rc == 0; i++)
		if (frus_xslt_param(x, params[i]) != 0)
			rc = FRUS_EXIT_USAGE;
	if (rc == 0 && format && frus_xslt_add_format(x, format) != 0)
		rc = FRUS_EXIT_USAGE;
	for (size_t i = 0; i < nsheets && rc == 0; i++)
		if (frus_xslt_add_file(x, sheets[i]) != 0)
			rc = FRUS_EXIT_USAGE;
	free(sheets);
	free(params);

	if (rc == 0 && !dir) {
		rc = transform(x, nfiles ? argv[optind] : NULL, out);
	} else if (rc == 0) {
		if (frus_mkdir(dir) != 0) {
			rc = FRUS_EXIT_USAGE;
		} else {
			frus_batch b;
			frus_batch_start(&b, (size_t)nfiles, frus_quiet);
			for (int i = optind; i < argc; i++) {
				char *o = frus_out_name(dir, argv[i], frus_xslt_extension(x));
				int r = transform(x, argv[i], o);
				if (r != 0)
					frus_error(argv[i], 0, 0, "not transformed");
				free(o);
				frus_batch_step(&b, argv[i], r == 0);
				if (r > rc)
					rc = r;
			}
			frus_batch_finish(&b, "transformed");
			/* A batch fails with 1 whatever went wrong with one input. */
			if (rc)
				rc = FRUS_EXIT_INVALID;
		}
	}
	frus_xslt_free(x);
	xsltCleanupGlobals();
	xmlCleanupParser();
	return rc;

usage:
	usage(stderr);
	free(sheets);
	free(params);
	return FRUS_EXIT_USAGE;
}
