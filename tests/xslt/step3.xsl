<?xml version="1.0" encoding="UTF-8"?>
<!-- Chain test, step 3: an outline of the divisions, with sizes. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="xml" indent="yes" encoding="UTF-8"/>
  <xsl:param name="tag" select="'none'"/>
  <xsl:template match="/">
    <outline tag="{$tag}" elements="{count(//*)}">
      <xsl:apply-templates select="*"/>
    </outline>
  </xsl:template>
  <xsl:template match="*[local-name() = 'div' or local-name() = 'body' or local-name() = 'front' or local-name() = 'back']">
    <part name="{local-name()}" depth="{@depth}" elements="{count(.//*)}" chars="{string-length(normalize-space(.))}">
      <xsl:value-of select="normalize-space(*[local-name() = 'head'][1])"/>
      <xsl:apply-templates select="*"/>
    </part>
  </xsl:template>
  <xsl:template match="*"><xsl:apply-templates select="*"/></xsl:template>
</xsl:stylesheet>
