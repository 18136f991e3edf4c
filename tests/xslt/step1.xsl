<?xml version="1.0" encoding="UTF-8"?>
<!-- Chain test, step 1: identity, with text whitespace normalized. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="@*|node()">
    <xsl:copy><xsl:apply-templates select="@*|node()"/></xsl:copy>
  </xsl:template>
  <xsl:template match="text()[normalize-space() = '']"><xsl:text> </xsl:text></xsl:template>
</xsl:stylesheet>
