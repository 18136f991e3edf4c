<?xml version="1.0" encoding="UTF-8"?>
<!--
  dc.xsl — FRUS TEI to a Dublin Core record (OAI-PMH oai_dc) for repository
  ingest.  One oai_dc:dc per document; a volume (several documents) gives a
  frus:records element holding one record each.

  Mapping (decisions):
    dc:title        the document heading, notes removed
    dc:creator      persons marked type="from" in the heading (the Office's
                    TEI marks the sender of a memorandum or telegram so)
    dc:contributor  each participant (list type="participants"): they are
                    the people whose words the record carries; group labels
                    such as "The United States" are not persons and go to
                    dc:coverage instead
    dc:subject      each subject line (list type="subject")
    dc:date         the dateline's date/@when (ISO 8601), else its text
    dc:coverage     the dateline's place
    dc:description  the summary, when the source note has one
    dc:source       the source note (archival citation)
    dc:identifier   the document's id (volume-dN when the volume is known:
                    TEI/@xml:id or -p volume=ID), and its history.state.gov URL
    dc:relation     the volume
    dc:type Text, dc:format text/xml, dc:language (-p lang, default en),
    dc:publisher (-p publisher), dc:rights (-p rights).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:frus="http://history.state.gov/frus/ns/1.0"
    xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xmlns:c="urn:x-frus-tools:common"
    exclude-result-prefixes="tei c frus">

  <xsl:import href="common.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes" media-type="application/xml"/>

  <xsl:param name="lang" select="'en'"/>
  <xsl:param name="publisher" select="'Office of the Historian, U.S. Department of State'"/>
  <xsl:param name="rights" select="'Public domain (work of the U.S. Government)'"/>
  <xsl:param name="base-url" select="'https://history.state.gov/historicaldocuments/'"/>
  <!-- The volume id: -p volume=frus1961-63v12, else TEI/@xml:id minus the document part. -->
  <xsl:param name="volume">
    <xsl:variable name="tid" select="string(/tei:TEI/@xml:id)"/>
    <xsl:variable name="d1" select="string($c:docs[1]/@xml:id)"/>
    <xsl:choose>
      <xsl:when test="$d1 != '' and substring($tid, string-length($tid) - string-length($d1)) = concat('-', $d1)">
        <xsl:value-of select="substring($tid, 1, string-length($tid) - string-length($d1) - 1)"/>
      </xsl:when>
      <xsl:when test="count($c:docs) &gt; 1"><xsl:value-of select="$tid"/></xsl:when>
    </xsl:choose>
  </xsl:param>

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="$c:volume">
        <frus:records>
          <xsl:apply-templates select="$c:units" mode="dc"/>
        </frus:records>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates select="$c:units[1]" mode="dc"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="*" mode="dc">
    <xsl:variable name="id"><xsl:call-template name="c:id"/></xsl:variable>
    <oai_dc:dc xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd">
      <dc:title><xsl:call-template name="c:title"/></dc:title>
      <xsl:for-each select="tei:head//tei:persName[@type = 'from']">
        <dc:creator><xsl:value-of select="normalize-space()"/></dc:creator>
      </xsl:for-each>
      <xsl:for-each select="tei:list[@type = 'participants']//tei:item">
        <xsl:variable name="t"><xsl:call-template name="c:item-text"/></xsl:variable>
        <xsl:choose>
          <xsl:when test="tei:list"><dc:coverage><xsl:value-of select="$t"/></dc:coverage></xsl:when>
          <xsl:otherwise><dc:contributor><xsl:value-of select="$t"/></dc:contributor></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
      <xsl:for-each select="tei:list[@type = 'subject']//tei:item">
        <dc:subject><xsl:call-template name="c:item-text"/></dc:subject>
      </xsl:for-each>
      <xsl:variable name="date"><xsl:call-template name="c:date"/></xsl:variable>
      <xsl:if test="$date != ''"><dc:date><xsl:value-of select="$date"/></dc:date></xsl:if>
      <xsl:variable name="place"><xsl:call-template name="c:place"/></xsl:variable>
      <xsl:if test="$place != ''"><dc:coverage><xsl:value-of select="$place"/></dc:coverage></xsl:if>
      <xsl:for-each select="(tei:head//tei:note//tei:seg[@type = 'summary'])[1]">
        <dc:description><xsl:value-of select="normalize-space()"/></dc:description>
      </xsl:for-each>
      <xsl:if test="self::tei:div">
        <xsl:variable name="src"><xsl:call-template name="c:source-note"/></xsl:variable>
        <xsl:variable name="seg" select="(tei:head//tei:note//tei:seg[@type = 'source'])[1]"/>
        <xsl:choose>
          <xsl:when test="$seg"><dc:source><xsl:value-of select="normalize-space($seg)"/></dc:source></xsl:when>
          <xsl:when test="$src != ''"><dc:source><xsl:value-of select="$src"/></dc:source></xsl:when>
        </xsl:choose>
      </xsl:if>
      <xsl:choose>
        <xsl:when test="$volume != '' and self::tei:div">
          <dc:identifier><xsl:value-of select="concat($volume, '-', $id)"/></dc:identifier>
          <dc:identifier><xsl:value-of select="concat($base-url, $volume, '/', $id)"/></dc:identifier>
          <dc:relation><xsl:value-of select="concat($base-url, $volume)"/></dc:relation>
        </xsl:when>
        <xsl:otherwise><dc:identifier><xsl:value-of select="$id"/></dc:identifier></xsl:otherwise>
      </xsl:choose>
      <dc:type>Text</dc:type>
      <dc:format>text/xml</dc:format>
      <dc:language><xsl:value-of select="$lang"/></dc:language>
      <xsl:if test="$publisher != ''"><dc:publisher><xsl:value-of select="$publisher"/></dc:publisher></xsl:if>
      <xsl:if test="$rights != ''"><dc:rights><xsl:value-of select="$rights"/></dc:rights></xsl:if>
    </oai_dc:dc>
  </xsl:template>
</xsl:stylesheet>
