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

TEST(Authors, KeepsANicknameBetweenTheNamesAsWritten) {
  EXPECT_EQ(clean_authors({"Richard (R.J.) Eskow"}), (Names{"Richard (R.J.) Eskow"}));
  EXPECT_EQ(clean_authors({"By Robert (Bob) Smith and Jane Doe (AP)"}), (Names{"Robert (Bob) Smith", "Jane Doe"}));
  // What follows an agency in parentheses is not more of the name.
  EXPECT_EQ(clean_authors({"Jane Doe (Reuters) reporting from Kyiv"}), (Names{"Jane Doe"}));
  EXPECT_EQ(clean_authors({"Jane Doe (AP) Washington"}), (Names{"Jane Doe"}));
  // The name is cleaned before the nickname goes back in.
  EXPECT_EQ(clean_authors({"Robert (Bob) Smith."}), (Names{"Robert (Bob) Smith"}));
  EXPECT_EQ(clean_authors({"Robert (Bob) Smith@example.org"}), (Names{"Robert"}));
}

TEST(Authors, CountsNewsAgenciesAsOrganisations) {
  EXPECT_TRUE(clean_authors({"Anadolu Ajans\xC4\xB1"}).empty());
}

TEST(Authors, EndsANameBeforeTheDateThatFollowsIt) {
  // The month or weekday before the date's digits is the date's, not the name's.
  EXPECT_EQ(clean_authors({"By Nathan Willis March 25, 2015"}), (Names{"Nathan Willis"}));
  EXPECT_EQ(clean_authors({"By GILLIAN MOHNEY Mar. 11, 2015 3:46 PM"}), (Names{"GILLIAN MOHNEY"}));
  EXPECT_EQ(clean_authors({"Joe Wee Monday, 12 June"}), (Names{"Joe Wee"}));
  EXPECT_EQ(clean_authors({"Theresa May"}), (Names{"Theresa May"}));  // a month-like surname alone stays
}

TEST(Authors, LatinNamesStartLowerCaseOnlyAtParticles) {
  EXPECT_TRUE(clean_authors({"A note from Sleyca"}).empty());
  EXPECT_EQ(clean_authors({"Bashar al-Assad", "Ludovico d'Este", "Jan van der Berg"}),
            (Names{"Bashar al-Assad", "Ludovico d'Este", "Jan van der Berg"}));
}

TEST(Authors, ALeadInAloneIsNoName) {
  EXPECT_TRUE(clean_authors({"By"}).empty());
  EXPECT_TRUE(clean_authors({"Von"}).empty());
}

TEST(Authors, TurnsOneSurnameCommaGivenNameAround) {
  EXPECT_EQ(clean_authors({"O'Brien, Pat"}), (Names{"Pat O'Brien"}));
  EXPECT_EQ(clean_authors({"Smith-Jones, Mary Ann"}), (Names{"Mary Ann Smith-Jones"}));
  EXPECT_EQ(clean_authors({"García Márquez, Gabriel"}), (Names{"Gabriel García Márquez"}));
}

TEST(Authors, KeepsTwoFullNamesAndANameWithItsAgencyApart) {
  EXPECT_EQ(clean_authors({"Jane Doe, John Smith"}), (Names{"Jane Doe", "John Smith"}));
  EXPECT_EQ(clean_authors({"Jane Doe, Reuters"}), (Names{"Jane Doe"}));
  EXPECT_EQ(clean_authors({"Jane Doe, Reuters"}, true), (Names{"Jane Doe", "Reuters"}));
  EXPECT_EQ(clean_authors({"Doe, Staff Writer"}), (Names{"Doe"}));
  // Another separator or a join word makes it a list, not one inverted name.
  EXPECT_EQ(clean_authors({"Doe, Jane and Roe"}), (Names{"Doe", "Jane", "Roe"}));
}

TEST(Authors, ANameFieldInCapitalsSurnameFirstIsOnePerson) {
  // A short word in capitals is read as an agency ("AP") only beside lower-case text.
  EXPECT_EQ(clean_authors({"O'BRIEN, PAT"}), (Names{"PAT O'BRIEN"}));
  EXPECT_EQ(clean_authors({"O'Brien, Pat"}), (Names{"Pat O'Brien"}));
  EXPECT_EQ(clean_authors({"Jane Doe, AP"}), (Names{"Jane Doe"}));
}

TEST(Authors, DropsAGuestWritersNote) {
  EXPECT_EQ(clean_authors({"Marian Kowalczyk Special to the Post-Dispatch"}), (Names{"Marian Kowalczyk"}));
  EXPECT_EQ(clean_authors({"TOM PRYCE FOR MAILONLINE"}), (Names{"TOM PRYCE"}));
}

TEST(Authors, TheSameWriterWithTheOutletsInitialsGluedOnIsOneWriter) {
  EXPECT_EQ(clean_authors({"Maria Virtanen HS", "Maria Virtanen"}), (Names{"Maria Virtanen"}));
  EXPECT_EQ(clean_authors({"Maria Virtanen", "Maria Virtanen HS"}), (Names{"Maria Virtanen"}));
}

TEST(Authors, ANameEndsBeforeADateLabel) {
  EXPECT_EQ(clean_authors({"John Roe Updated: 3 May 2024"}), (Names{"John Roe"}));
  EXPECT_EQ(clean_authors({"Jane Smith Published"}), (Names{"Jane Smith"}));
  EXPECT_EQ(clean_authors({"Av Kari Nordmann"}), (Names{"Kari Nordmann"}));
}

TEST(Authors, AContentSystemsAccountNameIsNobody) {
  EXPECT_TRUE(clean_authors({"admin"}, true).empty());
  EXPECT_TRUE(clean_authors({"By Administrator"}, true).empty());
  EXPECT_EQ(clean_authors({"dpa"}, true), (Names{"dpa"}));  // a lower-case agency stays
}

TEST(Authors, AButtonsLabelBesideTheBylineIsNoName) {
  EXPECT_EQ(clean_authors({"Save", "Priya Mandal"}), (Names{"Priya Mandal"}));
  EXPECT_EQ(clean_authors({"Teilen", "Merken", "Jana Berg"}), (Names{"Jana Berg"}));
}

TEST(Authors, HebrewAndIsAPrefixOnTheNextName) {
  // "נועה לוי ודניאל כהן": Noa Levi and (ו) Daniel Cohen; a one-word part keeps its ו.
  EXPECT_EQ(clean_authors({"\xD7\xA0\xD7\x95\xD7\xA2\xD7\x94 \xD7\x9C\xD7\x95\xD7\x99 \xD7\x95\xD7\x93\xD7\xA0\xD7\x99\xD7\x90"
                           "\xD7\x9C \xD7\x9B\xD7\x94\xD7\x9F"}),
            (Names{"\xD7\xA0\xD7\x95\xD7\xA2\xD7\x94 \xD7\x9C\xD7\x95\xD7\x99",
                   "\xD7\x93\xD7\xA0\xD7\x99\xD7\x90\xD7\x9C \xD7\x9B\xD7\x94\xD7\x9F"}));
}

TEST(Authors, RedaccionLabelsANameOnlyBeforeAColon) {
  EXPECT_EQ(clean_authors({"Redacción: Ana Gil Moreno"}), (Names{"Ana Gil Moreno"}));
  // A desk's name, not a lead-in before the name "Justicia".
  EXPECT_TRUE(clean_authors({"Redacción Justicia"}).empty());
  EXPECT_EQ(clean_authors({"Redacción Justicia"}, true), (Names{"Redacción Justicia"}));
}
