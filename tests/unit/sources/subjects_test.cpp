// Outlets a sentence is about rather than cites (mention_contexts.cpp): a guest spot, the
// object of a lawsuit, a programme listing; and the same outlets when the sentence does cite
// them, so each rule is held to its context.
#include <gtest/gtest.h>

#include "helpers.hpp"

using namespace sources_test;

namespace {

using V = std::vector<std::string>;

V cited_on(const std::string& text, const std::string& url = "https://www.example-daily.test/story") {
  return names(sources({para(text)}, url, "en"));
}

}  // namespace

TEST(OutletAsSubject, AGuestSpotIsBiographyUnlessTheSentenceReportsWhatWasSaid) {
  EXPECT_EQ(cited_on("The mayor, who appeared on a Boston Magazine podcast in the spring to talk about buses, "
                  "did not respond to a request for comment."),
            V{});
  EXPECT_EQ(cited_on("He agreed he had appeared on the BBC's Desert Island Discs in 2023, where he spoke about his "
                  "childhood."),
            V{});
  EXPECT_EQ(cited_on("The minister appeared on the BBC's Sunday programme, where she said the deal was dead."),
            V{"BBC"});
}

TEST(OutletAsSubject, WhatALawsuitIsAboutIsNoSource) {
  EXPECT_EQ(cited_on("He is suing News Corp over five articles published in The Courier-Mail in 2023."), V{});
  EXPECT_EQ(cited_on("A report published in The Courier-Mail said the minister would resign."), V{"The Courier-Mail"});
}

TEST(OutletAsSubject, AProgrammeListingIsNoSource) {
  EXPECT_EQ(cited_on("An SBS documentary about defamation law, Trial by Media, airs at 8.30pm on Sunday."), V{});
  EXPECT_EQ(cited_on("In an SBS documentary, the minister admitted the error."), V{"SBS News"});
}

// An acronym the story spells out as something else is that body, not the outlet sharing it;
// one spelled out as the outlet stays the outlet.
TEST(OutletAsSubject, AnAcronymTheStoryDefinesIsWhatItDefines) {
  auto got = names(sources({para("The Environment Protection Department (EPD) said the readings reflected low winds."),
                            para("Residents have been advised to wear masks, the EPD said.")},
                           "https://www.example.com.pk/news/a", "en"));
  EXPECT_EQ(got, V{});
  EXPECT_EQ(cited_on("The Associated Press (AP) reported that the agency had approved the plan."),
            V{"Associated Press"});
}

// Names declined or described by the cue: Polish "z Radiem ZET" (instrumental), Turkish
// "Sabah gazetesinin haberine göre" (the paper's report).
TEST(OutletAsSubject, DeclinedAndDescribedNamesInTheirCues) {
  EXPECT_EQ(names(sources({para("W rozmowie z Radiem ZET wiceminister przyznał, że rząd nie będzie przyspieszał.")},
                          "https://www.example.pl/kraj/a", "pl")),
            V{"Radio ZET"});
  EXPECT_EQ(names(sources({para("Sabah gazetesinin haberine göre, Tahtalı Barajı'ndaki su seviyesi düştü.")},
                          "https://www.example.com.tr/a", "tr")),
            V{"Sabah"});
}

// From the review: an outlet spelled out is still the outlet; what "appeared on" an outlet is its
// content; initials known only in credits are no credit inside a sentence's brackets.
TEST(OutletAsSubject, SpelledOutOutletsContentAndInitialsInProse) {
  EXPECT_EQ(names(sources({para("The Public Broadcasting Service (PBS) will air the debate."),
                           para("PBS reported that two councillors had resigned.")},
                          "https://www.example.com/a", "en")),
            V{"PBS"});
  EXPECT_EQ(cited_on("The documents, which first appeared on Politico, show the ministry approved the deal."),
            V{"Politico"});
  EXPECT_EQ(names(sources({para("The council met."), para("Help is available through local chapters of Alcoholics Anonymous (AA).")},
                          "https://www.example.com/a", "en")),
            V{});
}

// "One Parramatta agency said": one of a place's businesses, not an unknown outlet.
TEST(OutletAsSubject, OneOfAPlacesBusinessesIsNoOutlet) {
  EXPECT_EQ(cited_on("One Parramatta agency said 80 people turned up to a single inspection last weekend."), V{});
}
