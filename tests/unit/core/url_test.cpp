#include <gtest/gtest.h>

#include "newsarchive/url.hpp"

using namespace newsarchive;

TEST(Url, ParsesTheParts) {
  auto u = parse_url("HTTPS://User:pw@News.Example.COM:8443/a/b?x=1#top");
  ASSERT_TRUE(u);
  EXPECT_EQ(u->scheme, "https");
  EXPECT_EQ(u->userinfo, "User:pw");
  EXPECT_EQ(u->host, "news.example.com");
  EXPECT_EQ(u->port, "8443");
  EXPECT_EQ(u->path, "/a/b");
  EXPECT_EQ(u->query, "x=1");
  EXPECT_EQ(u->fragment, "top");
}

TEST(Url, RejectsWhatIsNotAUrl) {
  EXPECT_FALSE(parse_url(""));
  EXPECT_FALSE(parse_url("no scheme here"));
  EXPECT_FALSE(parse_url("http://"));
  EXPECT_FALSE(parse_url("http://host:99999/"));
  EXPECT_FALSE(parse_url("http://host:80a/"));
  EXPECT_FALSE(parse_url("http:relative"));
}

TEST(Url, RefusesHostsNoResolverCouldAnswer) {
  for (const char* bad : {"http://.test/", "http://a..b/", "http://256.1.1.1/", "http://1.2.3/", "http://a,b.example/",
                          "http://[zz::1]/", "http://exa mple.com/"})
    EXPECT_FALSE(parse_url(bad)) << bad;
  std::string long_label = "http://" + std::string(64, 'a') + ".example/";
  EXPECT_FALSE(parse_url(long_label));
  for (const char* good : {"http://127.0.0.1:8080/", "http://[::1]/x", "http://my_host.example/", "http://news.test./",
                           "http://localhost/", "http://2024.example/", "http://a-b.c-d.example/"})
    EXPECT_TRUE(parse_url(good)) << good;
}

TEST(Url, ResolvesRelativeReferencesPerRfc3986) {
  const std::string base = "http://a/b/c/d;p?q";
  // RFC 3986 section 5.4.1 normal examples.
  EXPECT_EQ(*resolve_url(base, "g"), "http://a/b/c/g");
  EXPECT_EQ(*resolve_url(base, "./g"), "http://a/b/c/g");
  EXPECT_EQ(*resolve_url(base, "g/"), "http://a/b/c/g/");
  EXPECT_EQ(*resolve_url(base, "/g"), "http://a/g");
  EXPECT_EQ(*resolve_url(base, "//g"), "http://g/");
  EXPECT_EQ(*resolve_url(base, "?y"), "http://a/b/c/d;p?y");
  EXPECT_EQ(*resolve_url(base, "g?y"), "http://a/b/c/g?y");
  EXPECT_EQ(*resolve_url(base, "#s"), "http://a/b/c/d;p?q#s");
  EXPECT_EQ(*resolve_url(base, "g#s"), "http://a/b/c/g#s");
  EXPECT_EQ(*resolve_url(base, ""), "http://a/b/c/d;p?q");
  EXPECT_EQ(*resolve_url(base, "."), "http://a/b/c/");
  EXPECT_EQ(*resolve_url(base, ".."), "http://a/b/");
  EXPECT_EQ(*resolve_url(base, "../g"), "http://a/b/g");
  EXPECT_EQ(*resolve_url(base, "../.."), "http://a/");
  EXPECT_EQ(*resolve_url(base, "../../../g"), "http://a/g");
  EXPECT_EQ(*resolve_url(base, "https://other.example/x"), "https://other.example/x");
}

TEST(Url, ResolutionToleratesWhatBrowsersTolerate) {
  EXPECT_EQ(*resolve_url("https://x.example/a/", "  /path\n/to "), "https://x.example/path/to");
  EXPECT_EQ(*resolve_url("https://x.example/a/", "b c"), "https://x.example/a/b%20c");
  EXPECT_EQ(*resolve_url("https://x.example/", "/caf\xC3\xA9"), "https://x.example/caf%C3%A9");
  EXPECT_EQ(*resolve_url("https://x.example/", "mailto:a@b.example"), "mailto:a@b.example");
}

TEST(Url, NormalisesOneArticleToOneUrl) {
  EXPECT_EQ(*normalize_url("HTTP://News.Example:80/a/./b/../c?utm_source=x&id=7&fbclid=abc#frag"),
            "http://news.example/a/c?id=7");
  EXPECT_EQ(*normalize_url("https://news.example:443"), "https://news.example/");
  EXPECT_EQ(*normalize_url("https://news.example/%7euser/%2f"), "https://news.example/~user/%2F");
  EXPECT_EQ(*normalize_url("https://news.example/a?utm_medium=rss"), "https://news.example/a");
  EXPECT_EQ(*normalize_url("https://news.example:8080/a"), "https://news.example:8080/a");
  EXPECT_FALSE(normalize_url("ftp://news.example/file"));
  EXPECT_FALSE(normalize_url("javascript:alert(1)"));
}

TEST(Url, TellsHttpUrlsFromOthers) {
  EXPECT_TRUE(is_http_url("https://a.example/"));
  EXPECT_FALSE(is_http_url("file:///etc/passwd"));
  EXPECT_FALSE(is_http_url("gopher://a.example/"));
  EXPECT_FALSE(is_http_url("/relative"));
}

TEST(Url, HostDropsWww) {
  EXPECT_EQ(url_host("https://www.BBC.co.uk/news"), "bbc.co.uk");
  EXPECT_EQ(url_host("not a url"), "");
}

TEST(Domain, RegistrableDomainFollowsThePublicSuffixList) {
  EXPECT_EQ(registrable_domain("news.bbc.co.uk"), "bbc.co.uk");
  EXPECT_EQ(registrable_domain("www.nytimes.com"), "nytimes.com");
  EXPECT_EQ(registrable_domain("edition.cnn.com"), "cnn.com");
  EXPECT_EQ(registrable_domain("127.0.0.1"), "127.0.0.1");
  EXPECT_EQ(registrable_domain("usalibertynews.test"), "usalibertynews.test");
}

TEST(Domain, APublicSuffixAloneIsNoOnesSite) {
  for (const char* suffix : {"com", "co.uk", "CO.UK", "test"}) EXPECT_TRUE(is_public_suffix(suffix)) << suffix;
  for (const char* site : {"bbc.co.uk", "news.test", "127.0.0.1", ""}) EXPECT_FALSE(is_public_suffix(site)) << site;
}

TEST(Url, InternationalisedHostsTakeTheirAsciiForm) {
  auto u = parse_url("http://München.Test:8080/story.html");
  ASSERT_TRUE(u);
  EXPECT_EQ(u->host, "xn--mnchen-3ya.test");
  EXPECT_EQ(parse_url("https://пример.рф/news")->host, "xn--e1afmkfd.xn--p1ai");
  EXPECT_EQ(normalize_url("http://münchen.test/a"), normalize_url("http://xn--mnchen-3ya.test/a"));
}
