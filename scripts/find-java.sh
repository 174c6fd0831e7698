# Finds a JDK 25 (or newer) the way the build finds one, whatever the default java is; sourced by scripts/surge and
# scripts/benchmark.sh. find_java prints the path of its java command, or fails.
# Looks at JAVA_HOME, JAVA25_HOME (or any JAVAnn_HOME of 25 or newer), the java on the PATH, then the usual install
# folders (/usr/lib/jvm, /usr/java, /opt, /Library/Java/JavaVirtualMachines, ~/.sdkman, ~/.jdks).

# The feature release of a JDK folder, from its release file (without starting it), or of a java command.
release_of() {
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null | head -n 1
}
version_of() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}

find_java() {
  local home name version
  for name in JAVA_HOME JAVA25_HOME $(compgen -e | grep -E '^JAVA[0-9]+_HOME$' | sort -r); do
    home=${!name:-}
    version=$( [ -n "$home" ] && release_of "$home" || true)
    if [ -n "$version" ] && [ "$version" -ge 25 ] && [ -x "$home/bin/java" ]; then
      echo "$home/bin/java"; return
    fi
  done
  if command -v java >/dev/null 2>&1; then
    version=$(version_of java)
    if [ -n "$version" ] && [ "$version" -ge 25 ]; then
      command -v java; return
    fi
  fi
  for home in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home \
              "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    version=$(release_of "$home")
    if [ -n "$version" ] && [ "$version" -ge 25 ] && [ -x "$home/bin/java" ]; then
      echo "$home/bin/java"; return
    fi
  done
  return 1
}
