#include "cli/app.hpp"

int main(int argc, char** argv) { return newsarchive::cli::run(argc, argv); }
