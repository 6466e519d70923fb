// The two seed pages, rebuilt as hand-written blocks: exactly the expected outlets.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "helpers.hpp"

using namespace sources_test;
using ::testing::UnorderedElementsAre;

namespace {

SourceContext liberty_context(const std::string& url) {
  SourceContext ctx;
  ctx.page_url = url;
  ctx.canonical_url = url;
  ctx.site_name = "USA Liberty News";
  ctx.language = "en";
  ctx.byline = "Dana Whitfield";
  return ctx;
}

std::vector<std::pair<std::string, std::string>> domains(const std::vector<Source>& s) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& x : s) out.emplace_back(x.name, x.domain);
  return out;
}

}  // namespace

TEST(Seeds, EmbassyStoryCitesCnnTelegraphCnbcAndIndependent) {
  std::vector<Block> body{
      para("It was one of the most shocking stories of recent years — the Russian ambassador to Turkey, shot dead."),
      para("Mevlut Mert Altintas, a 22-year-old policeman, was killed after assassinating Ambassador Andrey Karlov on "
           "Monday in Ankara, according to CNN. The assassination sent shock waves throughout the world community.",
           {{"according to CNN", "http://www.cnn.com/2016/12/19/europe/turkey-russia-ambassador-shot/"}}),
      para("According to the U.K. Telegraph, a man was detained after firing shots around the American embassy.",
           {{"U.K. Telegraph", "http://www.telegraph.co.uk/news/2016/12/20/us-embassy-ankara-shots-fired/"}}),
      para("CNBC reports that the man came up to the embassy and drew a pump-action shotgun out of his coat.",
           {{"CNBC reports", "http://www.cnbc.com/2016/12/19/man-fires-shots-outside-us-embassy-in-ankara.html"}}),
      para("The U.K. Independent reported that the embassy was closed as a precautionary measure."),
      para("According to CNN, the off-duty police officer who shot Ambassador Karlov said that he was doing it "
           "because of the bloodshed in Aleppo."),
      para("Russian Foreign Minister Sergei Lavrov said that he was sending an investigative team to Ankara."),
      para("“Our presidents agreed that a Russian investigative group would fly to Ankara,” Lavrov said."),
      para("“This heinous attack is unacceptable,” a White House spokesperson said in a statement on the attack."),
      para("Like us on Facebook – USA Liberty News", {{"Like us on Facebook", "https://www.facebook.com/usalibertynews"}}),
      para("Please like and share on Facebook and Twitter with your thoughts on this horrifying attack.",
           {{"Twitter", "https://twitter.com/intent/tweet?url=x"}}),
  };
  std::string url = "http://usalibertynews.test/2016/12/alert-moments-after-russian-amb-assassinated/";
  auto got = newsarchive::parse::extract_sources(body, liberty_context(url), &directory());
  EXPECT_THAT(domains(got), UnorderedElementsAre(std::pair<std::string, std::string>{"CNN", "cnn.com"},
                                                 std::pair<std::string, std::string>{"The Telegraph", "telegraph.co.uk"},
                                                 std::pair<std::string, std::string>{"CNBC", "cnbc.com"},
                                                 std::pair<std::string, std::string>{"The Independent", "independent.co.uk"}));
  const Source* cnn = find(got, "CNN");
  ASSERT_NE(cnn, nullptr);
  EXPECT_EQ(cnn->via, newsarchive::Via::both);
  EXPECT_EQ(cnn->mentions, 2);  // "according to <a>CNN</a>", "According to CNN"
  EXPECT_EQ(find(got, "The Independent")->via, newsarchive::Via::text);
}

TEST(Seeds, AleppoStoryCitesEightOutletsTwoOnlyInText) {
  std::vector<Block> body{
      para("The gunman, whom the U.K. Mirror said the Turkish media have identified as Mevlüt Mert Altıntaş, allegedly "
           "said the shooting was retaliation for the crisis in Aleppo.",
           {{"U.K. Mirror", "https://www.mirror.co.uk/news/world-news/russian-ambassador-turkey-shot-dead-9481113"}}),
      para("Aleppo has been torn by strife since 2012, when rebels took over the eastern portion of the city, "
           "International Business Times reported.",
           {{"International Business Times", "http://www.ibtimes.com/aleppo-crisis-explained-2462321"}}),
      para("The assassination of Karlov comes just one day before officials were to meet in Moscow, Reuters reported. "
           "The two countries have repeatedly clashed over Russia’s involvement in Syria, The New York Times reported.",
           {{"Reuters reported", "http://www.reuters.com/article/us-mideast-crisis-syria-russia-turkey-idUSKBN1480Y2"}}),
      para("Witnesses at the scene told the Russian TASS news agency that several shots were fired, reported the U.K. "
           "Daily Mail.",
           {{"U.K. Daily Mail", "http://www.dailymail.co.uk/news/article-4048220/Russian-ambassador-Turkey-shot.html"}}),
      para("Turkish security forces reportedly fatally shot the gunman at the scene, according to Breitbart.",
           {{"according to Breitbart", "http://www.breitbart.com/national-security/2016/12/19/russian-ambassador-turkey-shot/"}}),
      para("The Mirror reported that three other people were wounded during the incident."),
      para("Russia’s foreign ministry spokeswoman Maria Zakharova described the shooting as a terror attack, reported "
           "CNN.",
           {{"reported CNN", "http://www.cnn.com/2016/12/19/europe/turkey-russia-ambassador-shot/"}}),
      para("“Murderers will be punished,” Zakharova said in remarks broadcast on Russian television."),
      para("Share this story on Facebook and Twitter to help spread the word about this shooting."),
  };
  std::string url = "http://usalibertynews.test/2016/12/red-alert-russian-ambassador-assassinated-related-to-aleppo/";
  auto got = newsarchive::parse::extract_sources(body, liberty_context(url), &directory());
  using P = std::pair<std::string, std::string>;
  EXPECT_THAT(domains(got), UnorderedElementsAre(P{"The Mirror", "mirror.co.uk"},
                                                 P{"International Business Times", "ibtimes.com"},
                                                 P{"Reuters", "reuters.com"}, P{"The New York Times", "nytimes.com"},
                                                 P{"TASS", "tass.com"}, P{"Daily Mail", "dailymail.co.uk"},
                                                 P{"Breitbart", "breitbart.com"}, P{"CNN", "cnn.com"}));
  const Source* mirror = find(got, "The Mirror");
  ASSERT_NE(mirror, nullptr);
  EXPECT_EQ(mirror->via, newsarchive::Via::both);
  EXPECT_EQ(mirror->mentions, 2);  // the linked "U.K. Mirror said", "The Mirror reported"
  EXPECT_EQ(find(got, "TASS")->via, newsarchive::Via::text);
  EXPECT_EQ(find(got, "The New York Times")->via, newsarchive::Via::text);
}
