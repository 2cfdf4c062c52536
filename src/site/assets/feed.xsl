<?xml version="1.0" encoding="utf-8"?>
<!--
  What a person sees when a feed (RSS 2.0 or Atom) is opened in a browser:
  a plain Chinese page that says what a feed is, how to subscribe, and lists
  the latest items with links. It uses the site stylesheet and the same page
  frame as the site (skip link, header, main, footer); no script, no inline style.
  Browsers that no longer run XSLT show the raw feed instead, which is harmless.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom"
  exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="utf-8" indent="yes" doctype-system="about:legacy-compat"/>

  <!-- The feed, whichever format: title, self address, the page it follows. -->
  <xsl:variable name="title" select="/rss/channel/title | /atom:feed/atom:title"/>
  <xsl:variable name="description" select="/rss/channel/description | /atom:feed/atom:subtitle"/>
  <xsl:variable name="self" select="/rss/channel/atom:link[@rel='self']/@href | /atom:feed/atom:link[@rel='self']/@href"/>
  <xsl:variable name="home" select="/rss/channel/link | /atom:feed/atom:link[@rel='alternate']/@href"/>
  <!-- Feed titles are "网站名称：栏目名称"; the part before the colon names the site. -->
  <xsl:variable name="siteName">
    <xsl:choose>
      <xsl:when test="contains($title, '：')"><xsl:value-of select="substring-before($title, '：')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$title"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="/">
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$title"/>（订阅源）</title>
        <link rel="stylesheet" href="/assets/site.css"/>
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml"/>
      </head>
      <body>
        <a class="xc-skip-link" href="#main">跳到主要内容</a>
        <header class="xc-header">
          <div class="xc-header__inner">
            <a class="xc-header__name" href="/"><xsl:value-of select="$siteName"/></a>
          </div>
        </header>
        <main id="main" class="xc-main" tabindex="-1">
          <h1><xsl:value-of select="$title"/></h1>
          <div class="xc-feed-intro">
            <p><strong>这是一个订阅源（RSS），是给阅读器软件用的网址。</strong>把本页的地址复制到RSS阅读器里，本栏目一有新信息，阅读器就会自动收到，不用每天打开网站查看。免费，不用注册。</p>
            <div class="xc-feed-address">
              <label class="xc-feed-address__label" for="feed-address">本订阅源的地址</label>
              <div class="xc-feed-address__row">
                <input class="xc-feed-address__field" id="feed-address" type="text" readonly="readonly" spellcheck="false" autocomplete="off" value="{$self}"/>
              </div>
            </div>
            <p><a href="/subscribe/">怎样订阅：分步说明和全部栏目的订阅地址</a></p>
          </div>
          <p class="xc-lead"><xsl:value-of select="$description"/></p>
          <h2 id="latest">最新信息</h2>
          <xsl:choose>
            <xsl:when test="/rss/channel/item | /atom:feed/atom:entry">
              <ul class="xc-feed-items" aria-labelledby="latest">
                <xsl:apply-templates select="/rss/channel/item | /atom:feed/atom:entry"/>
              </ul>
            </xsl:when>
            <xsl:otherwise><p>本栏目暂无内容。</p></xsl:otherwise>
          </xsl:choose>
          <p><a class="xc-more" href="{$home}">在网站上查看<xsl:value-of select="substring-after($title, '：')"/></a></p>
        </main>
        <footer class="xc-footer">
          <div class="xc-footer__inner">
            <nav aria-label="网站信息">
              <ul class="xc-footer__links">
                <li><a href="/">首页</a></li>
                <li><a href="/subscribe/">订阅本站</a></li>
                <li><a href="/sitemap/">网站地图</a></li>
                <li><a href="/accessibility/">无障碍声明</a></li>
              </ul>
            </nav>
          </div>
        </footer>
      </body>
    </html>
  </xsl:template>

  <!-- An RSS item: pubDate is RFC 822 ("Fri, 07 Mar 2025 09:00:00 +0800"). -->
  <xsl:template match="item">
    <xsl:variable name="date" select="normalize-space(pubDate)"/>
    <xsl:variable name="month" select="(string-length(substring-before('JanFebMarAprMayJunJulAugSepOctNovDec', substring($date, 9, 3))) div 3) + 1"/>
    <li>
      <a href="{link}"><xsl:value-of select="title"/></a>
      <p class="xc-article-list__date">
        <time datetime="{concat(substring($date, 13, 4), '-', format-number($month, '00'), '-', substring($date, 6, 2))}">
          <xsl:value-of select="concat(substring($date, 13, 4), '年', $month, '月', number(substring($date, 6, 2)), '日')"/>
        </time>
        <xsl:if test="category">　<xsl:value-of select="category"/></xsl:if>
      </p>
      <p><xsl:value-of select="description"/></p>
    </li>
  </xsl:template>

  <!-- An Atom entry: published is RFC 3339 ("2025-03-07T09:00:00+08:00"). -->
  <xsl:template match="atom:entry">
    <xsl:variable name="date" select="normalize-space(atom:published)"/>
    <li>
      <a href="{atom:link[@rel='alternate']/@href}"><xsl:value-of select="atom:title"/></a>
      <p class="xc-article-list__date">
        <time datetime="{substring($date, 1, 10)}">
          <xsl:value-of select="concat(substring($date, 1, 4), '年', number(substring($date, 6, 2)), '月', number(substring($date, 9, 2)), '日')"/>
        </time>
        <xsl:if test="atom:category">　<xsl:value-of select="atom:category/@label"/></xsl:if>
      </p>
      <p><xsl:value-of select="atom:summary"/></p>
    </li>
  </xsl:template>
</xsl:stylesheet>
