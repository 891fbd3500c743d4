"""Closed Indonesian word lists the stages share, each defined once and named for its use.

Lists that look alike but do different jobs stay apart under names that say which
job: :data:`NAME_INTRO_VERBS` (a capitalised word right after one is a name, "tegas
Budi") is a short list of bare speech stems, :data:`SPEECH_VERB_STEMS` (verbs that
attribute a quotation) a longer one; merging them would make "sampaikan Bupati" a name.
"""
from __future__ import annotations

import re

__all__ = ["NAME_INTRO_VERBS", "SPEECH_VERB_STEMS", "THIRD_PERSON", "CALLED_BACK", "ATTENDING", "ACCOMPANYING", "NOT_HOLDER", "FIRST_PERSON", "DEONTIC",
           "ADDRESSING_VERB", "DIRECTIVE_VERB", "REPORTING_VERB", "GOV_BY_LEVEL", "LEVEL_OF_GOV", "VILLAGE_LEVELS", "VILLAGE_LEVEL",
           "DIVISION_ROLES", "DIVISION_NAME_WORDS", "DISTRICT_TITLES", "NAME_PARTICLES", "BALINESE_NAMES", "BYLINE_LABELS",
           "CREDIT_WORDS", "NOT_CREDITED_NAMES", "NAME_ABBREVIATIONS", "GIVEN_NAME_HONORIFICS", "OUTLET_WORDS", "PLATFORMS", "FUSED_PROVINCES", "HEADLINE_VERBS",
           "AD_HOC_LEVELS", "DISTRICT_BODIES", "PROVINCIAL_BODIES", "POLICE_RANKS", "AS_WORDS", "UNIT_WORDS", "ADDRESSED_PASSIVE",
           "AFTER_ROLE", "NOT_NAME_NOUNS", "OCCUPATION_NOUNS", "PERSON_NOUNS", "CANDIDACIES",
           "ONE_NAME_NOUNS", "NAMED_NOUNS"]

# "..., tegas Budi." -- a capitalised word after one of these is a speaker's name
NAME_INTRO_VERBS = frozenset({"ujar", "kata", "ucap", "ungkap", "tegas", "jelas", "terang", "tutur",
                              "tambah", "imbuh", "pungkas", "tukas", "sebut", "papar", "lanjut",
                              "tandas", "sambung"})  # ",” tandas Julius", "Selain itu, sambung Amran,"
# "“...,” pungkasnya." -- stems (and a few full forms) that attribute a quotation; the second line:
# stems the press writes after a closing mark as often, "“...,” tutupnya", "“...,” imbau Kapolres",
# "“...,” ingatnya", "“...,” ulangnya kembali", "“...,” bilangnya", "“...,” tekannya"
SPEECH_VERB_STEMS = frozenset(
    "ujar kata ucap tegas ungkap terang jelas tutur imbuh tambah pungkas tukas sebut papar lanjut "
    "tandas seru pesan harap jawab sambung beber kilah timpal urai tulis ajak pinta cetus akui aku "
    "katakan ungkapkan jelaskan sampaikan tegaskan paparkan menurut "
    "tutup imbau himbau ingat ingatkan ulang bilang tekan tekankan tanya sahut kenang kisah keluh desak "
    "tepis bantah seloroh canda singgung lontar klaim sindir ulas".split())

THIRD_PERSON = frozenset({"ia", "dia", "beliau"})
# nouns for the person just named: "yang akrab disapa" may follow them ("Menurut Kiai yang akrab disapa Kiai
# Kafah itu" after "KH Abdullah Kafabihi Mahrus berpesan ...", "pria yang akrab disapa Didi"), and so may a
# post ("Pria yang juga menjabat sebagai Kepala Bagian Tata Pemerintahan ... itu menyebutkan")
CALLED_BACK = frozenset({"pria", "wanita", "perempuan", "sosok", "kiai", "kyai", "ustaz", "ustadz", "ustad",
                         "habib", "bapak", "ibu", "pemuda", "tokoh", "politisi", "politikus"})
# demonstratives closing a description that refers back to the person just named: ",” tegas Politikus
# PDIP ini", "Perwira Polri berpangkat melati dua itu menuturkan"
DEMONSTRATIVES = frozenset({"ini", "itu", "tersebut"})
# "calon Bupati", "mantan Wali Kota": a candidate or a former holder does not hold the post now
NOT_HOLDER = frozenset({"calon", "mantan", "eks", "bekas", "almarhum", "kandidat"})
# being present is no act of speaking: "... dalam kegiatan yang juga dihadiri Komisioner KPU Mislamudin.
# “...,” ungkap perempuan berjilbab itu" (the speaker is the one named before the attendance list)
# ... and witnessing is attending: "Wakil Bupati Sukabumi Adjo Sarjono bersama Forkopimda, menyaksikan secara virtual"
ATTENDING = frozenset({"hadir", "kehadiran", "dihadiri", "menghadiri", "hadiri", "dihadirinya", "menyaksikan",
                       "disaksikan"})
# ... nor is accompanying: "Ketua KPU Abdul, didampingi anggota Budi, mengatakan ... “...,” ujarnya" -> Abdul
ACCOMPANYING = frozenset({"didampingi", "mendampingi", "dampingi", "didampinginya"})
# a joint noun whose partners are listed after "antara": "Santunan tersebut merupakan bagian dari
# kesepakatan antara pihak KPU Kabupaten Malang dan BPJS Ketenagakerjaan"; "meningkatkan koordinasi
# antara TNI dan Polri"
JOINT_NOUNS = frozenset({"kerja", "kerjasama", "kesepakatan", "perjanjian", "mou", "kesepahaman", "sinergi",
                         "sinergitas", "koordinasi", "kolaborasi", "kemitraan"})
# passives of help: their agent helps with the act, and their subject does it ("Panwaslu dibantu tim
# gabungan Satpol PP-Polri melakukan penertiban baliho"; "yang dikawal oleh Polda Riau")
HELPED = frozenset({"dibantu", "dikawal", "dibackup", "diback-up", "disokong"})
# "Bachtiar Baharuddin sebagai Pj Gubernur ...": a name, then the post it is given
AS_WORDS = frozenset({"sebagai", "selaku"})
# words after a role and before its body that leave the role one: "Wakil Ketua Sementara DPRD Kabupaten Gumas"
# (the interim chair of a council not yet formed, UU 23/2014 art. 164)
AFTER_ROLE = frozenset({"sementara"})
# a unit of a body whose own name follows: "Kepala Dinas [Sosial]", "Kepala [Dinas Bina Marga] dan
# Bina Kontruksi" (the title ends in it; the body's name may run over "dan")
UNIT_WORDS = frozenset({"dinas", "badan", "biro", "bagian", "bidang", "seksi", "kantor", "subbagian",
                        "subbidang", "unit", "divisi", "direktorat"})
FIRST_PERSON = frozenset({"kami", "kita", "saya", "aku", "kamilah", "kitalah"})
# modal words of obligation and permission: "ASN harus netral", "jangan terlibat"
DEONTIC = frozenset({"harus", "wajib", "perlu", "mesti", "jangan", "hendaknya", "dilarang", "boleh",
                     "diwajibkan", "diharuskan", "seharusnya", "sebaiknya"})

# verbs whose object is the one addressed: "meminta seluruh ASN menjaga netralitas"
_ADDRESSING_STEMS = ("minta", "imbau", "himbau", "ingatkan", "ajak", "instruksikan", "perintahkan", "tugaskan")
# ... and those whose object, in a clause of their own, is told to act ("mendorong KPU menyiapkan ...")
_DIRECTIVE_STEMS = (*_ADDRESSING_STEMS, "arahkan", "dorong", "pesan")
_PREFIX = r"^(me(ng|m|n|ny)?)?"
# verbs that report what a person says: "Ia menekankan bahwa saat ini Polres Kampar terus
# berkoordinasi dengan Kodim" is the speaker's stance (the body is what he speaks of)
REPORTING_VERB = re.compile(
    r"^(mengatakan|menyatakan|menegaskan|menekankan|menjelaskan|menyampaikan|menyebut(kan)?|menuturkan|"
    r"mengungkapkan|menambahkan|menerangkan|memaparkan|mengemukakan|berkata|mengaku|melanjutkan)$",
    re.IGNORECASE)
ADDRESSING_VERB = re.compile(_PREFIX + "(" + "|".join(_ADDRESSING_STEMS) + ")", re.IGNORECASE)
# a hope voiced for others is an appeal to them: in "Saya berharap semua anggota sekretariat PPS bisa
# melakukan koordinasi" the members are addressed, the speaker takes the stance
_HOPE = r"|^(ber|meng)harap(kan)?$|^harap(kan)?$"
DIRECTIVE_VERB = re.compile(_PREFIX + "(" + "|".join(_DIRECTIVE_STEMS) + ")" + _HOPE, re.IGNORECASE)
# the di- passive of an addressing verb: its subject is the one addressed, the one who asks is the agent
# ("ASN juga diminta untuk menolak praktik politik uang": asked by whoever spoke before)
ADDRESSED_PASSIVE = re.compile(r"^di(" + "|".join((*_ADDRESSING_STEMS, "arahkan", "wajibkan")) + ")$", re.IGNORECASE)

# the regional government of each level: "Pemkot Pangkalpinang", "Pemkab Kudus", "Pemprov Kaltim"
GOV_BY_LEVEL = {"kota": "Pemkot", "kabupaten": "Pemkab", "provinsi": "Pemprov"}
LEVEL_OF_GOV = {v: k for k, v in GOV_BY_LEVEL.items()}
# village level words and the level they name: Nagari (West Sumatra), Gampong (Aceh) and Kampung
# (Papua) are desa: "Nagari Bukik Batabuah"; those three count only capitalised ("kampung halaman");
# so are the other local names of the desa (UU 6/2014 art. 6 lets regions keep them): Lembang (Toraja),
# Pekon (Lampung), Tiyuh (Tulang Bawang Barat), Kalurahan (the desa of DIY since 2020: "Kalurahan Poncosari")
VILLAGE_LEVEL = {"desa": "desa", "kelurahan": "kelurahan", "nagari": "desa", "gampong": "desa", "kampung": "desa",
                 "lembang": "desa", "pekon": "desa", "tiyuh": "desa", "kalurahan": "desa"}
VILLAGE_LEVELS = frozenset(VILLAGE_LEVEL)
# the words of the election bodies' division names (the KPU's and Bawaslu's divisions of duties, 2017-2027,
# and their short forms): "Divisi Teknis Penyelenggaraan", "Divisi Penanganan Pelanggaran dan Penyelesaian
# Sengketa", "Divisi Sosialisasi, Pendidikan Pemilih, Partisipasi Masyarakat dan SDM"; a capitalised word
# outside them after such words opens the member's name ("Divisi Teknis Penyelenggaraan Raja Ahab Damanik")
DIVISION_NAME_WORDS = frozenset({
    "teknis", "penyelenggaraan", "penyelenggara", "pemilu", "pemilihan", "perencanaan", "data", "informasi",
    "hukum", "pengawasan", "sosialisasi", "pendidikan", "pemilih", "partisipasi", "masyarakat", "sumber", "daya",
    "manusia", "keuangan", "umum", "rumah", "tangga", "logistik", "penanganan", "pelanggaran", "pencegahan",
    "hubungan", "penyelesaian", "sengketa", "organisasi", "pelatihan", "program", "penelitian", "pengembangan",
    "antar", "antarlembaga", "lembaga", "kelembagaan", "tata", "kelola", "administrasi", "advokasi",
    "penindakan", "kampanye", "fasilitasi", "pembinaan", "kepatuhan", "internal", "humas", "hubal", "parmas",
    "sdm", "sosdiklih", "sosdiklihparmas", "datin", "litbang", "diklat", "hp", "ppds", "kumdal", "rendatin"})
# roles named with a division between the role and the body ("Koordinator Divisi Hukum Bawaslu")
DIVISION_ROLES = frozenset({"Koordinator Divisi", "Ketua Divisi", "Komisioner Divisi", "Anggota Divisi",
                            "Koordinator Bidang",
                            # a legislature's commission: "Anggota Komisi II DPR RI", "Ketua Komisi A DPRD"
                            "Anggota Komisi", "Ketua Komisi", "Wakil Ketua Komisi", "Sekretaris Komisi",
                            # a unit between the head's title and the body: "Kabid Humas Polda Jateng",
                            # "Direktur Reserse Kriminal Umum Polda Sulsel", "Kasat Lantas Polres Kudus"
                            "Kepala Bidang", "Kepala Bagian", "Kepala Biro", "Kepala Seksi", "Kepala Satuan", "Kepala Pusat",
                            # "Kadiv Humas Polri Irjen Setyo Wasisto": a Polri headquarters division
                            "Kepala Divisi",
                            # numbered subunits: "Kasubdit 1 Direktorat Reserse Kriminal Umum Polda Jateng"
                            "Kepala Subdirektorat", "Kepala Subbagian", "Kepala Subbidang", "Kepala Unit",
                            "Direktur"})
# titles and bodies of a kecamatan: "Camat Gubeng", "Panwascam Tembalang", "Kapolsek ..."
DISTRICT_TITLES = frozenset({"camat", "sekcam", "kapolsek", "danramil", "panwascam", "ppk", "polsek",
                             "koramil", "puskesmas"})

# Balinese and Sasak names open with a particle written "I" (men) or "Ni" (women) before a
# birth-order or caste name: "Ketua Bawaslu Klungkung, I Komang Supardika mengatakan ...";
# the particle is part of the name (gold keeps it), though "I" alone looks like a Roman numeral
# Balinese name particles before a birth-order or caste name: "I Komang Supardika", "Ni Luh Putu";
# caste titles that are part of the name: "Sang Nyoman Sedana Arta", "Ida Bagus Giri Putra", "Anak
# Agung Gede Agung", "Cokorda Gde Ngurah" (pasangan calon Bupati Bangli, Pilkada 2020 and 2024)
NAME_PARTICLES = frozenset({"I", "Ni", "Sang", "Ida", "Anak", "Cokorda", "Tjokorda"})
BALINESE_NAMES = frozenset({"wayan", "gede", "gde", "putu", "made", "kadek", "nengah", "nyoman", "komang",
                            "ketut", "gusti", "ngurah", "luh", "dewa", "dewi", "ayu", "agung", "bagus",
                            "desak", "kade", "nym", "kt", "md", "wy"})

# labelled bylines name persons (gold README): "Editor : Mangindo Kayo", "Penulis: Khotib Syarbini"
BYLINE_LABELS = frozenset({"editor", "penulis", "reporter", "pewarta", "redaktur", "penyunting",
                           "fotografer", "kontributor", "wartawan", "foto"})
# a photo credit in brackets: "(foto ; doc Daniel)", "(Foto: Dok. Budi)"
CREDIT_WORDS = frozenset({"foto", "doc", "dok", "dokumentasi"})
# credit words that name no one: "(Foto: Dok. Pribadi)", "(Foto: Istimewa)", "(Foto: Net)"
NOT_CREDITED_NAMES = frozenset({"pribadi", "istimewa", "ist", "net", "internet", "humas", "google",
                                "tangkapan", "layar", "screenshot", "repro", "antara", "arsip", "file",
                                # a campaign team credited: "(Foto: Timnas Amin)", "(Foto: Tim Media)"
                                "timnas", "tim", "timses", "redaksi"})
# nouns for people, one table: each word with the jobs it does (a word in two lists is one entry here).
#   not-name   a post, a role or an occupation that the lexicons do not list as titles and that is never
#              a word of a person's name; capitalised before a name (or at a sentence's start) it would
#              open it: "ujar Wakil Sekretaris Jenderal PDI Perjuangan Hasto Kristianto", "Menteri Tedjo
#              mengatakan ...", "Pengamat Politik Arbi Sanit". Words that are also names or parts of one
#              ("Hakim": Lukman Hakim, "Duta", "Guru Nanak", "Senior" after a name) are not given it.
#   before     an occupation or kin written in lower case right before a person's name, as an apposition
#              the NER may miss: "artis Pong Hardjatmo", "editor Tay Hohoff", "istri Farida Arriany"
#   after      a common noun for people that an apposition after a one-word name opens: "Rosidin,
#              penyandang disabilitas lainnya, juga ...", "Kamid, warga Tegalombo tersebut, ..."
#   candidacy  a candidacy written after a name: "Desri Ayunda, caleg DPRD Sumbar Dapil I, ikut hadir"
#   one        a noun for a person in lower case right before a name of ONE word, which is that person's
#              name: "petugas Mulyadi", "pedagang Sarinah", "istri Farida" (not a resident's noun: "warga
#              Sleman" is a place)
#   named      a noun for a person that "bernama" ("named") may follow, the name after it being the
#              person's: "ada utusan dari Tim Pemenangan ... bernama Wawan datang", "Korban bernama Kaelani"
_NOT_NAME, _BEFORE, _AFTER, _CANDIDACY, _ONE, _NAMED = "not-name", "before", "after", "candidacy", "one", "named"
_PERSON_NOUN_JOBS: dict[str, frozenset[str]] = {w: frozenset(jobs.split()) for w, jobs in (
    # posts and roles
    ("wakil", "not-name"), ("menteri", "not-name"), ("menko", "not-name"), ("wamen", "not-name"),
    ("komisaris", "not-name"), ("juru", "not-name"), ("bicara", "not-name"), ("jubir", "not-name"),
    ("dirut", "not-name"), ("staf", "not-name"), ("staff", "not-name"), ("khusus", "not-name"),
    ("jaksa", "not-name"), ("rektor", "not-name"), ("dekan", "not-name"), ("deputi", "not-name"),
    ("bendahara", "not-name"), ("wasekjen", "not-name"), ("waketum", "not-name"), ("pelaksana", "not-name"),
    ("deklarator", "not-name"), ("pendiri", "not-name"), ("kader", "not-name"), ("pakar", "not-name"),
    # candidacies
    ("caleg", "not-name candidacy"), ("capres", "not-name candidacy"), ("cawapres", "not-name candidacy"),
    ("calon", "candidacy"), ("cabup", "candidacy"), ("cawabup", "candidacy"), ("cagub", "candidacy"),
    ("cawagub", "candidacy"), ("cawalkot", "candidacy"), ("cawawalkot", "candidacy"), ("bacaleg", "candidacy"),
    ("bacabup", "candidacy"), ("bakal", "candidacy"),
    # occupations
    ("pengamat", "not-name before"), ("politisi", "not-name before"), ("politikus", "not-name before"),
    ("peneliti", "not-name before"), ("aktivis", "not-name before named"), ("pengacara", "not-name before named"),
    ("advokat", "not-name before named"), ("kuasa", "not-name before"),
    ("artis", "before"), ("aktor", "before"), ("aktris", "before"), ("penyanyi", "before"), ("pelawak", "before"),
    ("komedian", "before"), ("musisi", "before"), ("pemusik", "before"), ("seniman", "before named"),
    ("budayawan", "before"), ("sutradara", "before"), ("produser", "before"), ("penulis", "before"),
    ("pengarang", "before"), ("sastrawan", "before"), ("penyair", "before"), ("editor", "before"),
    ("wartawan", "before named"), ("jurnalis", "before named"), ("fotografer", "before"), ("pilot", "before"),
    ("kopilot", "before"), ("pengusaha", "before named"), ("ekonom", "before"), ("sejarawan", "before"),
    ("ilmuwan", "before"), ("akademisi", "before"), ("dosen", "before named"), ("pelatih", "before named"),
    ("pemain", "before named"), ("atlet", "before named"), ("petinju", "before"), ("pebulutangkis", "before"),
    ("pesepak", "before"),
    # kin and companions
    ("istri", "before one named"), ("suami", "before one named"), ("ayah", "before one named"),
    ("ayahanda", "before"), ("ibunda", "before"),
    ("putra", "before named"), ("putri", "before named"), ("adik", "before one named"),
    ("kakak", "before one named"), ("cucu", "before one named"),
    ("sahabat", "before one named"), ("rekan", "before one named"),
    # residents, voters and trades
    ("warga", "after named"), ("penyandang", "after named"), ("pemilih", "after named"),
    ("petani", "after one named"), ("nelayan", "after one named"),
    ("pedagang", "after one named"), ("guru", "after named"), ("mahasiswa", "after named"),
    ("pelajar", "after named"), ("siswa", "after named"),
    ("pria", "after one named"), ("wanita", "after one named"), ("perempuan", "after one named"),
    ("pemuda", "after named"), ("relawan", "after named"),
    ("penduduk", "after named"), ("buruh", "after one named"), ("sopir", "after one named"),
    ("seorang", "after named"),
    # workers and parties of an election, and the persons a report is about
    ("petugas", "one named"), ("korban", "named"), ("saksi", "named"), ("utusan", "named"),
    ("anggota", "named"), ("ketua", "named"), ("pengurus", "named"), ("tersangka", "named"),
    ("pelaku", "named"), ("pelapor", "named"), ("terlapor", "named"), ("anak", "named"),
    ("bocah", "named"), ("lelaki", "named"), ("ibu", "named"), ("bapak", "named"),
    ("kakek", "one named"), ("nenek", "one named"), ("janda", "named"), ("lansia", "named"),
    # roles and states that are never a word of a name: "kata Inisiator pertemuan ulama se Aceh H Tgk
    # Muhammad Amin Daud", "Jenazah Kaelani dimakamkan di pemakaman desa setempat"
    # "Paslon Edy Rahmayadi-Musa Rajeckshah ... diwakilkan", "Jumadi Assisten Perekonomian Pembangunan" (a
    # misspelt post after the name)
    ("paslon", "not-name"), ("assisten", "not-name"),
    # the officers who update the voter roll, subjects of sentences as persons are: "Pantarlih menemui
    # pemilih ...", "petugas Pantarlih Bahrul optimis"
    ("pantarlih", "not-name"),
    # words of a division's name, never of a person's: "Komisioner KPU Kalteng Divisi Perencanaan, Data dan
    # Informasi Wawan Wiraatmaja mengatakan"
    ("data", "not-name"), ("informasi", "not-name"),
    # a hearing's panel, whose chair reads the ruling: "dibacakan oleh Ketua Majelis Heddy Lugito dalam sidang
    # pembacaan putusan" (no person "Majelis Heddy Lugito" beside "Heddy Lugito")
    ("majelis", "not-name"),
    ("inisiator", "not-name"), ("jenazah", "not-name named"), ("almarhum", "not-name named"),
    ("almarhumah", "not-name named"), ("mendiang", "not-name"))}


def _with_job(job: str) -> frozenset[str]:
    return frozenset(w for w, jobs in _PERSON_NOUN_JOBS.items() if job in jobs)


# a party's or a body's meetings and the campaign's ceremonies, never a word of a name either: "Kongres
# belum berlangsung", "Deklarasi Damai dan Pawai Ta'aruf digelar KPU Kabupaten Jombang"
_MEETING_NOUNS = frozenset({"kongres", "konvensi", "muktamar", "munas", "musda", "musyawarah", "rakernas",
                            "rakerda", "rakerwil", "deklarasi", "pawai", "kirab", "ikrar",
                            # the English names the press gives its events: "dalam acara Media Gathering yang
                            # digelar di Kantor Bawaslu Barsel", "Media Gathering dihadiri puluhan wartawan"
                            "gathering", "workshop", "talkshow", "webinar", "launching", "briefing", "coaching",
                            # and the English for its guests: "Rapat Koordinasi Bawaslu Sulsel dengan
                            # Stakeholder Media di Hotel Novotel" (no person "Stakeholder Media")
                            "stakeholder", "stakeholders"})
# a term of office, capitalised after a body in a post's title, never a word of a name: "calon anggota KPU
# Bali Periode 2023-2028", "Ketua DPRD Periode 2024-2029"
_TERM_NOUNS = frozenset({"periode"})
NOT_NAME_NOUNS = _with_job(_NOT_NAME) | _MEETING_NOUNS | _TERM_NOUNS
OCCUPATION_NOUNS = _with_job(_BEFORE)
PERSON_NOUNS = _with_job(_AFTER)
CANDIDACIES = _with_job(_CANDIDACY)
ONE_NAME_NOUNS = _with_job(_ONE)
NAMED_NOUNS = _with_job(_NAMED)
# a party's national councils, between a role and the party's name: "Wakil Ketua Dewan Pembina Demokrat
# Marzuki Alie", "Anggota Dewan Pembina Gerindra Martin Hutabarat" (folded, spaces dropped)
PARTY_COUNCILS = frozenset({"dewanpembina", "dewanpenasihat", "dewanpenasehat", "dewanpakar", "dewankehormatan",
                            "dewansyuro", "dewansyura", "dewanpertimbangan", "majelistinggi", "majelissyuro",
                            "majelissyura", "majelispertimbangan", "majelispakar"})
# the legal form that ends a company's name, never a word of a person's: "wakil ketua Lockheed
# Corporation memberitahu ...", "PT Bank Rakyat Indonesia Tbk"
COMPANY_SUFFIXES = frozenset({"corporation", "corp", "inc", "ltd", "limited", "llc", "gmbh", "tbk", "plc"})
# names of God (and the Arabic eulogy after them) the NER tags as persons in quotations and prayers:
# "Insya Allah", "berkat rahmat Allah SWT", "kepada Tuhan Yang Maha Esa"; no named human (GUIDELINES)
DIVINE_NAMES = frozenset({"allah", "tuhan", "swt", "ilahi", "allahswt"})
# abbreviated first names written with a full stop, which the sentence splitter may take for the
# end of a sentence: "Pasangan nomor urut 2 Moh. | Nur Dg Rahmatu- Arman Maulana" (gold keeps "Moh.")
NAME_ABBREVIATIONS = frozenset({"moh", "muh", "moch", "mochd", "mohd", "muhd", "mhd", "abd", "ach", "akh", "m"})
# words that end an outlet's one-word brand: "Siwalimanews", "(Antaranews Kalteng)"; the brand without
# the word is the outlet too ("ujar Saleh kepada Siwalima" in a Siwalimanews story)
OUTLET_WORDS = ("antara", "news", "pos", "post", "online", "times", "today", "zone")
# social media and messaging platforms, named in lists that read like names: "KPU memanfaatkan media
# sosial seperti Twitter, Instagram, YouTube." (no person "YouTube")
PLATFORMS = frozenset({"twitter", "instagram", "youtube", "facebook", "tiktok", "whatsapp", "telegram", "threads"})
# honorifics that are also given names: inside a name, after another of its words, they are the name's
# ("Ketua Bawaslu Kabupaten Magelang, Muhammad Habib Shaleh, menuturkan" is one person), where a rank
# there opens the next ("Pangdam Jaya Mayjen TNI Mohamad Hasan")
GIVEN_NAME_HONORIFICS = frozenset({"habib"})
# province short forms that headlines fuse to a title but that are no region word alone: "Gubsu"
# (Gubernur Sumatera Utara), "Kapoldasu", "Wagubsu" (value: a short form the gazetteer knows)
FUSED_PROVINCES = {"su": "Sumut"}

# verbs a Title Case headline writes in their base form after the actor: "Golkar Ajak Warga Tak Golput",
# "Pj Gubernur Jateng Nana Sudjana Ajak ASN Netral", "Bupati Kudus Minta ASN Netral"; a name ends before
# them (with the -kan/-i verbs: "Tegaskan", "Pastikan", "Hadiri")
HEADLINE_VERBS = frozenset({"ajak", "minta", "imbau", "himbau", "gelar", "pantau", "tinjau", "jaga", "bahas",
                            "terima", "lantik", "dorong", "siap", "beri", "buka", "tutup", "raih", "capai",
                            "tegas", "larang", "awasi", "kawal", "cek", "sambut", "harap", "bentuk", "temui",
                            "kunjungi", "datangi", "serukan", "ingatkan", "pastikan", "tegaskan", "siapkan",
                            "kukuhkan", "hadiri", "sosialisasikan", "berikan", "lepas", "pimpin", "ikuti",
                            # results: "Anies-Muhaimin Unggul di Sumbar", "Prabowo-Gibran Kunci Kemenangan"
                            "unggul", "menang", "kalah", "kunci", "tetapkan", "raup", "kuasai", "resmi",
                            "daftar", "tolak", "dukung", "bantah", "klaim", "akui"})

# the ad-hoc election bodies (UU 7/2017 art. 51-89, UU 10/2016 art. 1) and the area each one serves:
# one PPK per kecamatan, one PPS/PKD per desa or kelurahan, one KPPS per polling station. Named
# without an area of that level ("petugas KPPS", "dikirim ke PPK", "87 PPS se-Sekadau") the name is
# the kind of body, thousands of them, not one body: "Ketua PPK Sekadau Hilir" is one, "ke PPK" is not
AD_HOC_LEVELS = {"PPK": ("kecamatan",), "Panwascam": ("kecamatan",), "PPS": ("desa", "kelurahan"),
                 "PKD": ("desa", "kelurahan"), "KPPS": ()}
# standing bodies of a kecamatan (a police sector, a military rayon, the district leaders' forum): a bare
# "Polsek" in an article about a kabupaten is the Polsek of the kecamatan the article names, not the kabupaten's
DISTRICT_BODIES = frozenset({"Polsek", "Koramil", "Forkopimcam", "Muspika", "Puskesmas"})
# standing bodies of a province (the regional police, the military region, the high prosecutor's office;
# UU 2/2002, UU 34/2004, UU 16/2004): a bare "Polda" in an article about a kabupaten is its province's
# ("Apel diikuti oleh Anggota Polres Jepara, Kodim 0719/Jepara, BKO Brimob Polda, ...")
PROVINCIAL_BODIES = frozenset({"Polda", "Kodam", "Kejati"})
# the ranks of Polri (Perkap 3/2016; honorifics.txt lists them with the TNI's among the forms before a
# name): "Kabag Ops Kompol Aslam" is a police officer, his unit a police body's
POLICE_RANKS = frozenset({"akbp", "akpb", "akp", "kompol", "kombes", "irjen", "irjend", "komjen", "komjend",
                          "ipda", "iptu", "aiptu", "aipda", "bripka", "brigadir", "bripda", "briptu", "brigpol",
                          "bharada", "bharatu", "bharaka", "abripda", "abriptu", "abrip"})
