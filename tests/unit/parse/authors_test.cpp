// Author name cleaning.
#include <gtest/gtest.h>

#include "parse/fields.hpp"

using newsarchive::parse::clean_authors;
using Names = std::vector<std::string>;

TEST(Authors, StripsByAndSplitsOnAnd) {
  EXPECT_EQ(clean_authors({"By Jane Doe and John Roe, Senior Reporter"}), (Names{"Jane Doe", "John Roe"}));
}

TEST(Authors, StripsRolesDatesAndEmails) {
  EXPECT_EQ(clean_authors({"Jane Doe, Staff Writer", "jane.doe@example.com"}), (Names{"Jane Doe"}));
  EXPECT_EQ(clean_authors({"Von Max Mustermann | 19.12.2016"}), (Names{"Max Mustermann"}));
}

TEST(Authors, KeepsParticlesInNames) {
  EXPECT_EQ(clean_authors({"Luigi Di Maio", "Ana de Souza"}), (Names{"Luigi Di Maio", "Ana de Souza"}));
}

TEST(Authors, DropsOrganisationsUnlessAsked) {
  EXPECT_TRUE(clean_authors({"Associated Press"}).empty());
  EXPECT_EQ(clean_authors({"Associated Press"}, true), (Names{"Associated Press"}));
}

TEST(Authors, RemovesDuplicatesCaseInsensitively) {
  EXPECT_EQ(clean_authors({"Jane Doe", "JANE DOE", "jane doe"}), (Names{"Jane Doe"}));
}

TEST(Authors, TakesNamesAfterALowerCaseLabelAndBeforeTheDate) {
  EXPECT_EQ(clean_authors({"capital von Jemima Kelly 05. November 2024 15:36 Uhr 3 Min"}), (Names{"Jemima Kelly"}));
  EXPECT_EQ(clean_authors({"Ursula von der Leyen"}), (Names{"Ursula von der Leyen"}));
}

TEST(Authors, TreatsANameWithADomainInParenthesesAsTheSite) {
  EXPECT_TRUE(clean_authors({"Deutsche Welle (www.dw.com)"}).empty());
  EXPECT_EQ(clean_authors({"Jane Doe (Reuters)"}), (Names{"Jane Doe"}));
}

TEST(Authors, CountsNewsAgenciesAsOrganisations) {
  EXPECT_TRUE(clean_authors({"Anadolu Ajans\xC4\xB1"}).empty());
}
