<?xml version="1.0" encoding="UTF-8"?>
<!-- Chain test, step 2: every element gets its depth and the value of $tag. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:param name="tag" select="'none'"/>
  <xsl:template match="*">
    <xsl:copy>
      <xsl:copy-of select="@*"/>
      <xsl:attribute name="depth"><xsl:value-of select="count(ancestor::*)"/></xsl:attribute>
      <xsl:attribute name="tag"><xsl:value-of select="$tag"/></xsl:attribute>
      <xsl:apply-templates/>
    </xsl:copy>
  </xsl:template>
</xsl:stylesheet>
