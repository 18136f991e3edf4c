/* frus-volume — document TEI files to one volume TEI, and back (--split).
 * See frus-volume.1. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "frus/err.h"
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
	    "                   [--files-from LIST] [--strict] [-q] FILE...\n"
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

int
main(int argc, char **argv)
{
	enum { O_META = 256, O_OUTLINE, O_RENUMBER, O_SPLIT, O_SHORT, O_FILES, O_STRICT };
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
	int c, idx, dosplit = 0, short_names = 0, rc;

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
		if (vol && frus_nerrors > errs)
			rc = FRUS_EXIT_INVALID;
		if (vol && rc == 0 && frus_xml_write(vol, out) != 0)
			rc = FRUS_EXIT_USAGE;
		xmlFreeDoc(vol);
	}
	frus_volmeta_free(&meta);
	free(files);
	free(listbuf);
	return rc;
}
