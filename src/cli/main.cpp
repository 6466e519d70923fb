#include <cstdio>

int main() {
  std::puts("newsarchive: under construction");
  return 0;
}
