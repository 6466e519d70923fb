#include "fault_fixture.hpp"

#include <sstream>

namespace faults {

std::string article_html(const std::string& headline, int paragraphs) {
  std::string html =
      "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + headline +
      " | Loopback Herald</title></head><body><article><h1>" + headline +
      "</h1><p class=\"byline\">By Jane Fixture</p>";
  for (int i = 0; i < paragraphs; ++i)
    html += "<p>Paragraph " + std::to_string(i + 1) + " of the report on " + headline +
            " tells readers what happened, where it happened and why the council met again on Tuesday "
            "to discuss the findings with residents.</p>";
  html += "</article></body></html>";
  return html;
}

long rss_bound_kb(long mb) {
#if defined(__SANITIZE_ADDRESS__)
  constexpr bool kAsan = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
  constexpr bool kAsan = true;
#else
  constexpr bool kAsan = false;
#endif
#else
  constexpr bool kAsan = false;
#endif
  // Under ASan: shadow memory and redzones (x4), plus the quarantine of freed memory
  // ASan keeps to catch use-after-free (256 MB by default).
  return kAsan ? (mb * 4 + 256) * 1024 : mb * 1024;
}

std::string sql_quote(const std::string& text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\'') out += '\'';
    out += c;
  }
  return out + "'";
}

bool looks_like_crash(const std::string& err) {
  for (const char* word : {"terminate called", "AddressSanitizer", "LeakSanitizer", "runtime error:",
                           "Segmentation", "Aborted", "core dumped", "stack trace", "what():"})
    if (err.find(word) != std::string::npos) return true;
  return false;
}

void expect_one_line_error(const ChildResult& r, int exit_code, const std::string& mentions) {
  EXPECT_FALSE(r.timed_out);
  EXPECT_EQ(r.exit_code, exit_code) << r.err;
  EXPECT_FALSE(looks_like_crash(r.err)) << r.err;
  std::vector<std::string> errors;
  std::istringstream in(r.err);
  for (std::string line; std::getline(in, line);)
    if (line.rfind("newsarchive: error:", 0) == 0) errors.push_back(line);
  ASSERT_EQ(errors.size(), 1u) << r.err;
  EXPECT_NE(errors[0].find(mentions), std::string::npos) << r.err;
}

void expect_error(const ChildResult& r, int exit_code, const std::string& mentions) {
  EXPECT_FALSE(r.timed_out);
  EXPECT_EQ(r.exit_code, exit_code) << r.err;
  EXPECT_FALSE(looks_like_crash(r.err)) << r.err;
  bool found = false;
  std::istringstream in(r.err);
  for (std::string line; std::getline(in, line);)
    if (line.rfind("newsarchive: error:", 0) == 0 && line.find(mentions) != std::string::npos) found = true;
  EXPECT_TRUE(found) << r.err;
}

void FaultTest::SetUp() {
  server_.http().Get(".*", [this](const httplib::Request& req, httplib::Response& res) {
    Handler handler;
    {
      std::lock_guard<std::mutex> lock(routes_mutex_);
      auto it = routes_.find(req.path);
      if (it != routes_.end()) handler = it->second;
    }
    if (handler) {
      handler(req, res);
    } else if (req.path.rfind("/story/", 0) == 0) {
      res.set_content(article_html("Loopback story " + req.path.substr(7)), "text/html; charset=utf-8");
    } else {
      res.status = 404;
      res.set_content("not here", "text/plain");
    }
  });
  server_.start();
  db_ = dir_.file("archive.db");
  auto seed = run_cli({"fetch", fresh_good_url(), fresh_good_url()});
  ASSERT_EQ(seed.exit_code, 0) << seed.out << seed.err;
  ArchiveProbe probe(db_);
  prior_articles_ = probe.count("SELECT coalesce(max(id), 0) FROM articles");
  prior_fetches_ = probe.count("SELECT coalesce(max(id), 0) FROM fetches");
  prior_pages_ = probe.count("SELECT coalesce(max(id), 0) FROM pages");
  prior_revisions_ = probe.count("SELECT coalesce(max(id), 0) FROM revisions");
  ASSERT_EQ(prior_articles_, 2) << "the earlier run archives two articles";
  before_ = snapshot();
}

void FaultTest::route(const std::string& path, Handler handler) {
  std::lock_guard<std::mutex> lock(routes_mutex_);
  routes_[path] = std::move(handler);
}

std::string FaultTest::fresh_good_url() { return server_.url("/story/" + std::to_string(next_story_++)); }

ChildResult FaultTest::run_cli(const std::vector<std::string>& args, const ChildOptions& options) {
  std::vector<std::string> full{"--db", db_};
  full.insert(full.end(), args.begin(), args.end());
  return run(full, dir_.path().string(), options);
}

ChildResult FaultTest::fetch_with_good(const std::vector<std::string>& urls, const std::vector<std::string>& options) {
  good_url_ = fresh_good_url();
  std::vector<std::string> args = options;
  args.push_back("fetch");
  args.insert(args.end(), urls.begin(), urls.end());
  args.push_back(good_url_);
  return run_cli(args);
}

std::string FaultTest::snapshot() {
  ArchiveProbe p(db_);
  std::string a = std::to_string(prior_articles_);
  return p.dump("SELECT * FROM articles WHERE id <= " + a + " ORDER BY id") +
         p.dump("SELECT * FROM article_urls WHERE article_id <= " + a + " ORDER BY url") +
         p.dump("SELECT * FROM authors WHERE article_id <= " + a + " ORDER BY article_id, position") +
         p.dump("SELECT * FROM links WHERE article_id <= " + a + " ORDER BY article_id, position") +
         p.dump("SELECT * FROM sources WHERE article_id <= " + a + " ORDER BY article_id, position") +
         p.dump("SELECT * FROM revisions WHERE id <= " + std::to_string(prior_revisions_) + " ORDER BY id") +
         p.dump("SELECT * FROM pages WHERE id <= " + std::to_string(prior_pages_) + " ORDER BY id") +
         p.dump("SELECT * FROM fetches WHERE id <= " + std::to_string(prior_fetches_) + " ORDER BY id");
}

std::map<std::string, std::string> FaultTest::attempt(const std::string& requested_url) {
  ArchiveProbe p(db_);
  auto rows = p.rows(
      "SELECT error, coalesce(error_message, ''), status, outcome, coalesce(parse_error, ''), "
      "coalesce(retry_after_s, ''), body_bytes FROM fetches WHERE requested_url = " +
      sql_quote(requested_url) + " ORDER BY id DESC LIMIT 1");
  if (rows.empty()) return {};
  const auto& r = rows[0];
  return {{"error", r[0]},   {"error_message", r[1]}, {"status", r[2]},    {"outcome", r[3]},
          {"parse_error", r[4]}, {"retry_after_s", r[5]}, {"body_bytes", r[6]}};
}

void FaultTest::expect_survived(const ChildResult& r, int exit_code, long max_rss_mb) {
  EXPECT_FALSE(r.timed_out) << "the run must end by itself";
  EXPECT_EQ(r.exit_code, exit_code) << r.out << r.err;
  EXPECT_FALSE(looks_like_crash(r.err)) << r.err;
  EXPECT_LT(r.peak_rss_kb, rss_bound_kb(max_rss_mb)) << "peak RSS " << r.peak_rss_kb / 1024 << " MB";
  RecordProperty("peak_rss_kb", std::to_string(r.peak_rss_kb));  // in --gtest_output reports
  ArchiveProbe p(db_);
  EXPECT_EQ(p.count("SELECT count(*) FROM articles WHERE requested_url = " + sql_quote(good_url_)), 1)
      << "the good URL fetched in the same run is archived\n" << r.out << r.err;
  EXPECT_EQ(p.integrity(), "ok");
  ArchiveProbe writable(db_, true);
  EXPECT_EQ(writable.fts_integrity(), "ok");
  std::string after = snapshot();
  EXPECT_TRUE(after == before_) << "rows stored before the run changed (" << before_.size() << " -> " << after.size()
                                << " bytes of dump)";
}

}  // namespace faults
