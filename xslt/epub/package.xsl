<?xml version="1.0" encoding="UTF-8"?>
<!-- package.xsl — the package document (content.opf): metadata, manifest, spine. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.idpf.org/2007/opf"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="tei">

  <xsl:template name="package">
    <package version="3.0" unique-identifier="bookid" xml:lang="{$lang}">
      <metadata>
        <dc:identifier id="bookid"><xsl:value-of select="$identifier"/></dc:identifier>
        <dc:title id="title"><xsl:value-of select="$title"/></dc:title>
        <dc:language><xsl:value-of select="$lang"/></dc:language>
        <xsl:for-each select="$inputs/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:author[normalize-space()]">
          <dc:creator id="author-{position()}"><xsl:value-of select="normalize-space()"/></dc:creator>
        </xsl:for-each>
        <xsl:for-each select="$inputs/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:editor[normalize-space()]">
          <xsl:variable name="name" select="normalize-space()"/>
          <!-- Each editor once, however many inputs name them. -->
          <xsl:if test="not(ancestor::tei:TEI/preceding::tei:titleStmt/tei:editor[normalize-space() = $name])
                        and not(preceding-sibling::tei:editor[normalize-space() = $name])">
            <dc:contributor id="editor-{position()}"><xsl:value-of select="$name"/></dc:contributor>
            <meta refines="#editor-{position()}" property="role" scheme="marc:relators">edt</meta>
          </xsl:if>
        </xsl:for-each>
        <xsl:variable name="ps" select="$tei1/tei:teiHeader/tei:fileDesc/tei:publicationStmt"/>
        <xsl:if test="normalize-space($ps/tei:publisher[1])">
          <dc:publisher><xsl:value-of select="normalize-space($ps/tei:publisher[1])"/></dc:publisher>
        </xsl:if>
        <xsl:variable name="pd" select="($ps/tei:date[@type='publication-date'] | $ps/tei:date[not(../tei:date[@type='publication-date'])])[1]"/>
        <xsl:variable name="date">
          <xsl:call-template name="iso-datetime">
            <xsl:with-param name="d" select="normalize-space(($pd/@when | $pd[not(@when)])[1])"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:if test="$date != ''">
          <dc:date><xsl:value-of select="substring($date, 1, 10)"/></dc:date>
        </xsl:if>
        <meta property="dcterms:modified"><xsl:value-of select="$modified"/></meta>
        <!-- EPUB Accessibility 1.1 discovery metadata. -->
        <meta property="schema:accessMode">textual</meta>
        <xsl:if test="$cover-href != ''"><meta property="schema:accessMode">visual</meta></xsl:if>
        <meta property="schema:accessModeSufficient">textual</meta>
        <meta property="schema:accessibilityFeature">tableOfContents</meta>
        <meta property="schema:accessibilityFeature">readingOrder</meta>
        <meta property="schema:accessibilityFeature">structuralNavigation</meta>
        <xsl:if test="$pbs">
          <meta property="schema:accessibilityFeature">printPageNumbers</meta>
          <meta property="schema:accessibilityFeature">pageBreakMarkers</meta>
          <meta property="schema:accessibilityFeature">pageNavigation</meta>
        </xsl:if>
        <meta property="schema:accessibilityHazard">none</meta>
        <meta property="schema:accessibilitySummary">
          <xsl:text>Text e-book converted from TEI. Headings mark every division and document, and the table of contents lists them all in reading order; footnotes are linked from the text and back.</xsl:text>
          <xsl:if test="$pbs"> The page numbers of the printed edition are marked in the text and listed in a page list.</xsl:if>
          <xsl:if test="$inputs//tei:graphic"> Images of the printed edition are not included; their captions are.</xsl:if>
        </meta>
        <xsl:if test="$cover-href != ''"><meta name="cover" content="cover-image"/></xsl:if>
      </metadata>
      <manifest>
        <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
        <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
        <item id="css" href="style.css" media-type="text/css"/>
        <xsl:if test="$cover-href != ''">
          <item id="cover-image" href="{$cover-href}" media-type="{$cover-type}" properties="cover-image"/>
          <item id="cover" href="cover.xhtml" media-type="application/xhtml+xml"/>
        </xsl:if>
        <xsl:for-each select="$units">
          <item id="u-{@xml:id}" href="text/{@xml:id}.xhtml" media-type="application/xhtml+xml"/>
        </xsl:for-each>
      </manifest>
      <spine toc="ncx">
        <xsl:if test="$cover-href != ''"><itemref idref="cover"/></xsl:if>
        <itemref idref="nav"/>
        <xsl:for-each select="$units">
          <itemref idref="u-{@xml:id}"/>
        </xsl:for-each>
      </spine>
    </package>
  </xsl:template>
</xsl:stylesheet>
