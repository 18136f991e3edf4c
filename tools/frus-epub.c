/* frus-epub — EPUB 3 e-books from FRUS TEI documents and volumes.  See frus-epub.1. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include "frus/datadir.h"
#include "frus/epub.h"
#include "frus/err.h"

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: frus-epub [-o BOOK.epub] [--title T] [--cover IMAGE] [--css FILE]\n"
	    "                 [--modified DATE] [--datadir DIR] [-q] [FILE...]\n"
	    "Builds one EPUB 3 e-book from TEI documents (in the order given) or a volume.\n");
}

int
main(int argc, char **argv)
{
	enum { OPT_TITLE = 256, OPT_COVER, OPT_CSS, OPT_MODIFIED, OPT_DATADIR, OPT_HELP, OPT_VERSION };
	static const struct option longopts[] = {
		{ "output",   required_argument, NULL, 'o' },
		{ "title",    required_argument, NULL, OPT_TITLE },
		{ "cover",    required_argument, NULL, OPT_COVER },
		{ "css",      required_argument, NULL, OPT_CSS },
		{ "modified", required_argument, NULL, OPT_MODIFIED },
		{ "datadir",  required_argument, NULL, OPT_DATADIR },
		{ "quiet",    no_argument,       NULL, 'q' },
		{ "help",     no_argument,       NULL, OPT_HELP },
		{ "version",  no_argument,       NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	frus_epub_opts opts = { NULL, NULL, NULL, NULL };
	const char *out = NULL;
	int c;

	/* getopt prints argv[0]: make it the short name too */
	argv[0] = frus_setprogname(argv[0]);
	while ((c = getopt_long(argc, argv, "o:q", longopts, NULL)) != -1) {
		switch (c) {
		case 'o': out = optarg; break;
		case 'q': frus_quiet = 1; break;
		case OPT_TITLE: opts.title = optarg; break;
		case OPT_COVER: opts.cover = optarg; break;
		case OPT_CSS: opts.css = optarg; break;
		case OPT_MODIFIED: opts.modified = optarg; break;
		case OPT_DATADIR: frus_set_datadir(optarg); break;
		case OPT_HELP: usage(stdout); return FRUS_EXIT_OK;
		case OPT_VERSION: frus_version(); return FRUS_EXIT_OK;
		default: usage(stderr); return FRUS_EXIT_USAGE;
		}
	}
	return frus_epub_build((const char *const *)argv + optind, argc - optind, &opts, out);
}
