"""Closed Indonesian word lists the stages share, each defined once and named for its use.

Lists that look alike but do different jobs stay apart under names that say which
job: :data:`NAME_INTRO_VERBS` (a capitalised word right after one is a name, "tegas
Budi") is a short list of bare speech stems, :data:`SPEECH_VERB_STEMS` (verbs that
attribute a quotation) a longer one; merging them would make "sampaikan Bupati" a name.
"""
from __future__ import annotations

import re

__all__ = ["NAME_INTRO_VERBS", "SPEECH_VERB_STEMS", "THIRD_PERSON", "ATTENDING", "ACCOMPANYING", "NOT_HOLDER", "FIRST_PERSON", "DEONTIC",
           "ADDRESSING_VERB", "DIRECTIVE_VERB", "REPORTING_VERB", "GOV_BY_LEVEL", "LEVEL_OF_GOV", "VILLAGE_LEVELS", "VILLAGE_LEVEL",
           "DIVISION_ROLES", "DISTRICT_TITLES", "NAME_PARTICLES", "BALINESE_NAMES", "BYLINE_LABELS",
           "CREDIT_WORDS", "NOT_CREDITED_NAMES", "NAME_ABBREVIATIONS", "FUSED_PROVINCES", "HEADLINE_VERBS",
           "AD_HOC_LEVELS", "DISTRICT_BODIES", "AS_WORDS", "UNIT_WORDS", "ADDRESSED_PASSIVE"]

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
    "tepis bantah seloroh canda singgung lontar klaim sindir".split())

THIRD_PERSON = frozenset({"ia", "dia", "beliau"})
# "calon Bupati", "mantan Wali Kota": a candidate or a former holder does not hold the post now
NOT_HOLDER = frozenset({"calon", "mantan", "eks", "bekas", "almarhum", "kandidat"})
# being present is no act of speaking: "... dalam kegiatan yang juga dihadiri Komisioner KPU Mislamudin.
# “...,” ungkap perempuan berjilbab itu" (the speaker is the one named before the attendance list)
# ... and witnessing is attending: "Wakil Bupati Sukabumi Adjo Sarjono bersama Forkopimda, menyaksikan secara virtual"
ATTENDING = frozenset({"hadir", "kehadiran", "dihadiri", "menghadiri", "hadiri", "dihadirinya", "menyaksikan",
                       "disaksikan"})
# ... nor is accompanying: "Ketua KPU Abdul, didampingi anggota Budi, mengatakan ... “...,” ujarnya" -> Abdul
ACCOMPANYING = frozenset({"didampingi", "mendampingi", "dampingi", "didampinginya"})
# "Bachtiar Baharuddin sebagai Pj Gubernur ...": a name, then the post it is given
AS_WORDS = frozenset({"sebagai", "selaku"})
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
# roles named with a division between the role and the body ("Koordinator Divisi Hukum Bawaslu")
DIVISION_ROLES = frozenset({"Koordinator Divisi", "Ketua Divisi", "Komisioner Divisi", "Anggota Divisi",
                            "Koordinator Bidang",
                            # a legislature's commission: "Anggota Komisi II DPR RI", "Ketua Komisi A DPRD"
                            "Anggota Komisi", "Ketua Komisi", "Wakil Ketua Komisi", "Sekretaris Komisi",
                            # a unit between the head's title and the body: "Kabid Humas Polda Jateng",
                            # "Direktur Reserse Kriminal Umum Polda Sulsel", "Kasat Lantas Polres Kudus"
                            "Kepala Bidang", "Kepala Bagian", "Kepala Biro", "Kepala Seksi", "Kepala Satuan",
                            # "Kadiv Humas Polri Irjen Setyo Wasisto": a Polri headquarters division
                            "Kepala Divisi",
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
# abbreviated first names written with a full stop, which the sentence splitter may take for the
# end of a sentence: "Pasangan nomor urut 2 Moh. | Nur Dg Rahmatu- Arman Maulana" (gold keeps "Moh.")
# nouns for a post, a role or an occupation, and for a party's or a body's meeting, that the lexicons do
# not list as titles and that are never a word of a person's name; capitalised before a name (or at a
# sentence's start) they would open it: "ujar Wakil Sekretaris Jenderal PDI Perjuangan Hasto Kristianto",
# "Menteri Tedjo mengatakan ...", "Pengamat Politik Arbi Sanit", "Kongres belum berlangsung". Words that
# are also names or parts of one ("Hakim": Lukman Hakim, "Duta", "Guru Nanak", "Senior" after a name) are
# not listed.
NOT_NAME_NOUNS = frozenset({
    "wakil", "menteri", "menko", "wamen", "komisaris", "juru", "bicara", "jubir", "pengamat", "politisi",
    "politikus", "dirut", "staf", "staff", "khusus", "jaksa", "rektor", "dekan", "deputi", "bendahara",
    "wasekjen", "waketum", "caleg", "capres", "cawapres", "pelaksana", "deklarator", "pendiri", "kader", "pakar",
    "peneliti", "aktivis", "pengacara", "advokat", "kuasa", "kongres", "konvensi", "muktamar", "munas", "musda",
    "musyawarah", "rakernas", "rakerda", "rakerwil"})
# a party's national councils, between a role and the party's name: "Wakil Ketua Dewan Pembina Demokrat
# Marzuki Alie", "Anggota Dewan Pembina Gerindra Martin Hutabarat" (folded, spaces dropped)
PARTY_COUNCILS = frozenset({"dewanpembina", "dewanpenasihat", "dewanpenasehat", "dewanpakar", "dewankehormatan",
                            "dewansyuro", "dewansyura", "dewanpertimbangan", "majelistinggi", "majelissyuro",
                            "majelissyura", "majelispertimbangan", "majelispakar"})
# occupations and kin written in lower case right before a person's name, as an apposition the NER may
# miss: "artis Pong Hardjatmo", "editor Tay Hohoff", "kopilot Ardy Tedjo", "istri Farida Arriany"
OCCUPATION_NOUNS = frozenset({
    "artis", "aktor", "aktris", "penyanyi", "pelawak", "komedian", "musisi", "pemusik", "seniman", "budayawan",
    "sutradara", "produser", "penulis", "pengarang", "sastrawan", "penyair", "editor", "wartawan", "jurnalis",
    "fotografer", "pilot", "kopilot", "pengamat", "aktivis", "pengacara", "advokat", "pengusaha", "politisi",
    "politikus", "ekonom", "sejarawan", "ilmuwan", "peneliti", "akademisi", "dosen", "pelatih", "pemain",
    "atlet", "petinju", "pebulutangkis", "pesepak", "istri", "suami", "ayah", "ayahanda", "ibunda", "putra",
    "putri", "adik", "kakak", "cucu", "sahabat", "rekan", "kuasa"})
# the legal form that ends a company's name, never a word of a person's: "wakil ketua Lockheed
# Corporation memberitahu ...", "PT Bank Rakyat Indonesia Tbk"
COMPANY_SUFFIXES = frozenset({"corporation", "corp", "inc", "ltd", "limited", "llc", "gmbh", "tbk", "plc"})
# names of God (and the Arabic eulogy after them) the NER tags as persons in quotations and prayers:
# "Insya Allah", "berkat rahmat Allah SWT", "kepada Tuhan Yang Maha Esa"; no named human (GUIDELINES)
DIVINE_NAMES = frozenset({"allah", "tuhan", "swt", "ilahi", "allahswt"})
NAME_ABBREVIATIONS = frozenset({"moh", "muh", "moch", "mochd", "mohd", "muhd", "mhd", "abd", "ach", "m"})
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
