# strings: string building and processing, 10 rounds over N = 200,000 words.
# Each round builds "w<v>,w<v>,..." with a builder (v = (13*i + round) mod
# 100003), splits it on ",", sums the word lengths, counts words containing
# "77", parses the number in every word, finds a substring, upper-cases and
# counts 'W', replaces "," by ";;", joins the first 1000 words with "-", and
# grows a string by 5000 plain concatenations. Prints checksums of lengths
# and counts. Exercises: "".join, split, in/find, upper, count, replace,
# slicing, str/int conversion, concatenation.


def one_round(n, r):
    parts = []
    for i in range(n):
        parts.append("w" + str((13 * i + r) % 100003))
    s = ",".join(parts)

    words = s.split(",")
    total_len = 0
    with77 = 0
    num_sum = 0
    for w in words:
        total_len += len(w)
        if "77" in w:
            with77 += 1
        num_sum += int(w[1:])

    idx = s.find("w9999")
    up = s.upper()
    ws = up.count("W")
    rep = s.replace(",", ";;")
    joined = "-".join(words[:1000])

    t = ""
    for i in range(5000):
        t += words[i][:2]

    if r == 0:
        print("round0 len=%d words=%d wordlen=%d with77=%d numsum=%d index=%d W=%d replaced=%d joined=%d concat=%d"
              % (len(s), len(words), total_len, with77, num_sum, idx, ws, len(rep), len(joined), len(t)))
    return len(s) + len(words) + total_len + with77 + num_sum + idx + ws + len(rep) + len(joined) + len(t)


def main():
    n = 200000
    rounds = 10
    check = 0
    for r in range(rounds):
        check += one_round(n, r)
    print("strings n=%d rounds=%d checksum=%d" % (n, rounds, check))


main()
