/* fuzz-text — the text parser end to end: bytes -> frus_text -> the copy's
 * changes undone -> blocks -> TEI tree -> serialised XML.  Any crash, leak, UB or exit is a finding;
 * rejected input (an error message) is fine. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <libxml/parser.h>
#include "frus/blocks.h"
#include "frus/copy.h"
#include "frus/err.h"
#include "frus/tei.h"
#include "frus/text.h"
#include "frus/xmlio.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE *sink;
	frus_text t;
	frus_doc d;

	if (!sink) {
		{ static char name[] = "fuzz-text"; frus_setprogname(name); }
		frus_quiet = 1;
		frus_xml_init();
		sink = fopen("/dev/null", "w");
	}
	/* Both encodings: the Latin-1 path converts every byte string. */
	enum frus_encoding enc = (size && data[0] == 0xFF) ? FRUS_ENC_LATIN1 : FRUS_ENC_UTF8;
	if (frus_text_from_buffer(&t, "fuzz.txt", (const char *)data, size, enc) != 0)
		return 0;
	frus_copy_normalise(&t);
	if (frus_blocks_parse(&d, &t) == 0) {
		frus_tei_opts o = { .fallback_id = "fuzz" };
		xmlDocPtr doc = frus_tei_from_blocks(&d, &o);
		if (doc) {
			if (frus_xml_write_file(doc, sink) != 0)
				abort();
			xmlFreeDoc(doc);
		}
	}
	frus_doc_free(&d);
	frus_text_free(&t);
	return 0;
}
