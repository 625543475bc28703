"""Write the twelfth held-out national evaluation directories of mitramatch, in three shapes each.

Everything written here is fictional: the institutions, the people, their offers, capacities,
visions and track records. Government offices, BAZNAS, Bank daerah, PKK teams, Dekranasda and
church or adat bodies carry the standard nomenclature of such bodies (for example "Dinas Tenaga
Kerja Kabupaten Lamongan"); what they offer here is invented and says nothing about the real
offices. Region codes, regency names and representative coordinates are real, copied from
shared/data/wilayah (github.com/cahyadsn/wilayah, MIT licence, Copyright (c) Cahya DSN, and
cahyadsn/wilayah_boundaries for the points).

The line format and the machinery are those of ../national5/make_national5.py (copied, new seed,
new regions, new directories). Every partner is one hand-written line in a directory block::
    kind sector | name | region_code [tidak] [x] | d=... | t=... | s=... | p=... | h=... | v=... | k=...

``d t s p h`` are the offers in the aspects dana, tenaga, sarana, program and
pendayagunaan_hasil; ``{...}`` at the end of an offer is its capacity (``{12}`` or, with the
words the one-column shape uses, ``{500:kg/bulan}``); ``v`` and ``k`` are vision and seeks
(otherwise a hand-written phrase for the kind is chosen); ``y=years/completed`` the track record;
``tidak`` marks an inactive partner and ``x`` a row with most cells empty. A fixed seed decides
only the mechanical parts: coordinate offsets (up to 12 km from the regency's point), which
cells go missing, how `active` is spelled, and the spellings used by the other two shapes.

Shapes written for every directory (same partners, same partner_ids):

- ``<dir>.csv``            per_aspek: the contract's canonical columns;
- ``<dir>_satu_kolom.csv`` satu_kolom: Indonesian headers and one free-text offer column;
- ``<dir>_kapital.csv``    kapital: canonical columns, UPPER CASE names and regions, variant
  regency/province spellings, region_code/lat/lon empty.

Run from the repository root (standard library only)::

    python3 data/eval/national12/make_national12.py

The grades in judgements.csv were judged by reading the files this script writes; changing a
partner line or the seed invalidates them.
"""

from __future__ import annotations

import csv
import math
import random
import re
from pathlib import Path

SEED = 20_28_0519
HERE = Path(__file__).resolve().parent
ASPECTS = ("dana", "tenaga", "sarana", "program", "pendayagunaan_hasil")
TAGS = dict(zip("dtsph", ASPECTS))
COLUMNS = [
    "partner_id",
    "name",
    "sector",
    "kind",
    "province",
    "regency",
    "region_code",
    "lat",
    "lon",
    *[f"offers_{a}" for a in ASPECTS],
    *[f"capacity_{a}" for a in ASPECTS],
    "vision",
    "seeks",
    "active",
    "years_active",
    "partnerships_completed",
]
SECTORS = {"g": "pemerintah", "s": "swasta", "m": "masyarakat"}
UNITS = {
    "tenaga": "orang",
    "sarana": "unit",
    "program": "peserta",
    "pendayagunaan_hasil": "orang/tahun",
}

# Kemendagri code: (name, lat, lon) of the regency's representative point (shared/data/wilayah).
REGIONS = {
    "35.24": ("Kabupaten Lamongan", -7.13141, 112.30075),
    "35.25": ("Kabupaten Gresik", -6.92626, 112.55865),
    "35.23": ("Kabupaten Tuban", -6.95341, 111.89224),
    "35.78": ("Kota Surabaya", -7.27432, 112.72358),
    "33.74": ("Kota Semarang", -7.0239, 110.39152),
    "31.71": ("Kota Administrasi Jakarta Pusat", -6.1812, 106.83512),
    "31.74": ("Kota Administrasi Jakarta Selatan", -6.2726, 106.81004),
    "14.01": ("Kabupaten Kampar", 0.32139, 101.06575),
    "14.71": ("Kota Pekanbaru", 0.55128, 101.46573),
    "14.06": ("Kabupaten Rokan Hulu", 0.94303, 100.50536),
    "14.09": ("Kabupaten Kuantan Singingi", -0.47417, 101.50592),
    "14.08": ("Kabupaten Siak", 0.81701, 101.87543),
    "13.75": ("Kota Bukittinggi", -0.29958, 100.37254),
    "73.26": ("Kabupaten Toraja Utara", -2.87962, 119.86426),
    "73.18": ("Kabupaten Tana Toraja", -3.11561, 119.71163),
    "73.73": ("Kota Palopo", -2.97971, 120.14777),
    "73.16": ("Kabupaten Enrekang", -3.50386, 119.87457),
    "73.71": ("Kota Makassar", -5.13561, 119.4639),
    "72.71": ("Kota Palu", -0.83693, 119.91197),
    "82.03": ("Kabupaten Halmahera Utara", 1.55437, 127.8348),
    "82.01": ("Kabupaten Halmahera Barat", 1.35172, 127.5908),
    "82.06": ("Kabupaten Halmahera Timur", 1.02948, 128.30864),
    "82.07": ("Kabupaten Pulau Morotai", 2.31645, 128.44838),
    "82.71": ("Kota Ternate", 0.83848, 127.17253),
    "71.71": ("Kota Manado", 1.52492, 124.8479),
}

# Province names as the canonical shape writes them (provinsi.csv; DKI as lists write it).
PROVINCES = {
    "13": "Sumatera Barat",
    "14": "Riau",
    "31": "DKI Jakarta",
    "33": "Jawa Tengah",
    "35": "Jawa Timur",
    "71": "Sulawesi Utara",
    "72": "Sulawesi Tengah",
    "73": "Sulawesi Selatan",
    "82": "Maluku Utara",
}
# How official UPPER CASE lists write provinces: full name first, then the short forms people use.
KAPITAL_PROVINCES = {
    "13": ["SUMATERA BARAT", "SUMBAR", "SUMATRA BARAT"],
    "14": ["RIAU", "PROV. RIAU", "PROVINSI RIAU"],
    "31": ["DKI JAKARTA", "DKI"],
    "33": ["JAWA TENGAH", "JATENG"],
    "35": ["JAWA TIMUR", "JATIM", "PROV. JATIM", "PROVINSI JAWA TIMUR"],
    "71": ["SULAWESI UTARA", "SULUT"],
    "72": ["SULAWESI TENGAH", "SULTENG"],
    "73": ["SULAWESI SELATAN", "SULSEL", "PROV. SULSEL", "PROVINSI SULAWESI SELATAN"],
    "82": ["MALUKU UTARA", "MALUT", "PROV. MALUT", "PROVINSI MALUKU UTARA"],
}
# Older, shortened or misspelt regency names people still write (used by the kapital shape,
# alongside the standard KAB. X / KOTA X form). A leading "!" means: always use the variants.
KAPITAL_VARIANTS = {
    "35.24": ["!", "KAB. LAMONGAN", "LAMONGAN", "KAB LAMONGAN", "LAMONGAN (JATIM)", "LMG"],
    "35.25": ["GRESIK", "KAB. GRESIK (JATIM)"],
    "35.23": ["TUBAN", "KAB. TUBAN (JATIM)"],
    "35.78": ["SURABAYA", "KOTA SURABAYA", "KODYA SURABAYA", "SBY"],
    "33.74": ["SEMARANG", "KODYA SEMARANG"],
    "31.71": ["JAKARTA PUSAT", "JAKPUS"],
    "31.74": ["JAKARTA SELATAN", "JAKSEL"],
    "14.01": ["!", "KAB. KAMPAR", "KAMPAR", "BANGKINANG", "KAB. KAMPAR (BANGKINANG)", "KAB KAMPAR"],
    "14.71": ["PEKANBARU", "PEKAN BARU", "KOTA PEKAN BARU"],
    "14.06": ["ROHUL", "ROKAN HULU", "KAB. ROKAN HULU (PASIR PENGARAIAN)"],
    "14.09": ["KUANSING", "KAB. KUANSING", "KUANTAN SINGINGI (TELUK KUANTAN)"],
    "14.08": ["SIAK", "SIAK SRI INDRAPURA"],
    "13.75": ["BUKITTINGGI", "BUKIT TINGGI", "KOTA BUKIT TINGGI"],
    "73.26": [
        "!",
        "KAB. TORAJA UTARA",
        "TORAJA UTARA",
        "TORUT",
        "TORAJA",
        "RANTEPAO",
        "KAB. TORAJA UTARA (RANTEPAO)",
    ],
    "73.18": ["TANA TORAJA", "TATOR", "KAB. TANA TORAJA (MAKALE)", "MAKALE"],
    "73.73": ["PALOPO", "KOTA PALOPO (SULSEL)"],
    "73.16": ["ENREKANG", "KAB. ENREKANG"],
    "73.71": ["MAKASSAR", "KOTA MAKASSAR", "UJUNG PANDANG"],
    "72.71": ["PALU", "KOTA PALU (SULTENG)"],
    "82.03": [
        "!",
        "KAB. HALMAHERA UTARA",
        "HALMAHERA UTARA",
        "HALUT",
        "KAB. HALUT",
        "TOBELO",
        "HALMAHERA",
        "KAB. HALMAHERA UTARA (TOBELO)",
    ],
    "82.01": ["HALBAR", "HALMAHERA BARAT", "KAB. HALMAHERA BARAT (JAILOLO)", "JAILOLO"],
    "82.06": ["HALTIM", "KAB. HALMAHERA TIMUR (MABA)"],
    "82.07": ["MOROTAI", "PULAU MOROTAI", "KAB. P. MOROTAI"],
    "82.71": ["TERNATE", "KOTA TERNATE", "KODYA TERNATE"],
    "71.71": ["MANADO", "KOTA MANADO"],
}

KIND_LABELS = {
    "dinas": "Dinas",
    "blk": "BLK",
    "lkp": "LKP/LPK",
    "pkbm": "PKBM",
    "skb": "SKB",
    "smk": "SMK",
    "dudi": "DUDI",
    "donor": "Donor",
    "ormas": "Ormas",
    "tokoh_masyarakat": "Tokoh Masyarakat",
    "pusat_karya": "Pusat Karya",
    "perguruan_tinggi": "Perguruan Tinggi",
    "koperasi": "Koperasi",
    "bumdes": "BUMDes",
}
# Default visions and seeks per kind, hand-written; a partner line may give its own.
VISIONS = {
    "dinas": [
        "meningkatkan kualitas pelayanan publik dan kesejahteraan masyarakat",
        "terwujudnya sumber daya manusia yang produktif dan berdaya saing",
        "pembangunan daerah yang inklusif melalui kolaborasi",
    ],
    "blk": [
        "tenaga kerja kompeten, produktif dan siap bersaing",
        "pelatihan vokasi yang sesuai kebutuhan industri",
    ],
    "lkp": [
        "membekali peserta dengan keterampilan praktis agar mandiri",
        "lulusan kompeten, siap kerja dan berwirausaha",
        "kursus bermutu dan terjangkau bagi semua kalangan",
    ],
    "pkbm": [
        "pendidikan sepanjang hayat untuk semua warga",
        "warga belajar yang terampil, mandiri dan berakhlak",
    ],
    "skb": ["layanan pendidikan nonformal yang bermutu dan merata"],
    "smk": [
        "lulusan SMK yang kompeten, berkarakter dan terserap industri",
        "SMK bisa, SMK hebat: siap kerja, santun dan mandiri",
    ],
    "dudi": [
        "tumbuh bersama masyarakat sekitar",
        "memberikan layanan terbaik bagi pelanggan",
        "usaha yang berkelanjutan dan bermanfaat bagi lingkungan",
    ],
    "donor": [
        "bersama membangun masyarakat yang mandiri dan sejahtera",
        "memberdayakan mustahik menjadi muzaki",
        "investasi sosial untuk pendidikan dan ekonomi warga",
    ],
    "ormas": [
        "masyarakat yang guyub, berdaya dan sejahtera",
        "pemberdayaan warga dari, oleh dan untuk warga",
    ],
    "tokoh_masyarakat": [
        "program yang bermanfaat untuk warga kampung",
        "anak muda desa punya keterampilan dan pekerjaan",
    ],
    "pusat_karya": [
        "melestarikan kerajinan daerah dan membuka lapangan kerja",
        "karya lokal naik kelas",
    ],
    "perguruan_tinggi": ["tridharma perguruan tinggi yang berdampak bagi masyarakat"],
    "koperasi": ["anggota sejahtera melalui usaha bersama"],
    "bumdes": ["desa mandiri melalui usaha milik desa"],
}
SEEKS = {
    "dinas": [
        "lembaga mitra pelaksana yang aktif dan tertib laporan",
        "data sasaran dan peserta yang siap dilatih",
    ],
    "blk": [
        "peserta pelatihan yang serius dan mitra penempatan kerja",
        "lembaga pengirim peserta dan data pencari kerja",
    ],
    "lkp": ["peserta kursus dan tempat magang untuk peserta", "kerja sama penyaluran lulusan"],
    "pkbm": ["mitra keterampilan untuk warga belajar", "tutor dan sarana praktik"],
    "skb": ["mitra penyelenggara kelas di desa"],
    "smk": ["tempat prakerin bagi siswa dan rekrutmen alumni", "guru tamu dari industri"],
    "dudi": [
        "tenaga kerja terampil siap pakai",
        "mitra pemasok dan pelanggan lokal",
        "program CSR yang tepat sasaran",
    ],
    "donor": [
        "lembaga lokal yang transparan sebagai mitra pelaksana",
        "penerima manfaat yang terdata dan laporan penggunaan dana",
    ],
    "ormas": ["pelatihan dan modal usaha bagi anggota", "pendamping dan jejaring pemasaran"],
    "tokoh_masyarakat": ["program nyata untuk warga", ""],
    "pusat_karya": ["perajin muda dan pembeli baru", "pemasaran produk ke luar daerah"],
    "perguruan_tinggi": ["lokasi KKN dan mitra penelitian", "desa binaan untuk pengabdian"],
    "koperasi": ["anggota baru dan mitra pemasaran"],
    "bumdes": ["mitra investasi dan pemasaran produk desa"],
}

DIRECTORIES = []  # (base name, id prefix, header of the one-column offer column, block)


# ---------------------------------------------------------------------------------------------
# 1. Jawa Timur: Kabupaten Lamongan (35.24)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_lamongan",
        "LMG",
        "Sinergi yang Ditawarkan",
        """
dinas g | Dinas Tenaga Kerja Kabupaten Lamongan | 35.24 | p=pelatihan berbasis kompetensi di UPT Pelatihan Kerja: menjahit, bordir komputer, las listrik {64} | h=bursa kerja, AK/1 dan pengantar kerja ke pabrik di Gresik dan Surabaya {300}
dinas g | Dinas Perikanan Kabupaten Lamongan | 35.24 | t=penyuluh perikanan dan petugas pengawas mutu hasil perikanan, bisa jadi narasumber bandeng tanpa duri dan kerupuk ikan {4} | s=bantuan kincir air dan benih bandeng bagi pokdakan yang terdaftar {40:paket}
dinas g | Dinas Koperasi dan Usaha Mikro Kabupaten Lamongan | 35.24 | d=memfasilitasi akses KUR dan pinjaman LPDB bagi koperasi dan UMKM (dinas tidak menyalurkan dana sendiri) | p=pelatihan kewirausahaan dan pendampingan NIB, PIRT dan sertifikat halal gratis {50}
dinas g | Dinas Perindustrian dan Perdagangan Kabupaten Lamongan | 35.24 | p=pelatihan desain motif bordir dan kerudung bagi IKM binaan {25} | h=mengikutkan produk IKM bordir, kerudung dan olahan ikan ke Jatim Fair dan gelar produk di Surabaya {20:produk}
dinas g | Dinas Kebudayaan dan Pariwisata Kabupaten Lamongan | 35.24 | t=narasumber sadar wisata dan pelayanan prima {2} | h=stan UMKM di kawasan Wisata Bahari Lamongan dan Makam Sunan Drajat saat musim ziarah {30:produk}
dinas g | Dinas Sosial Kabupaten Lamongan | 35.24 | d=bantuan usaha ekonomi produktif Rp 5 jt per KPM bagi keluarga PKH yang tercatat di DTKS {Rp 250.000.000}
dinas g | Dinas Pendidikan Kabupaten Lamongan (Bidang PAUD dan PNF) | 35.24 | p=rekomendasi usulan program PKW dan PKK bagi LKP dan PKBM terakreditasi ke Kementerian {60}
dinas g | Dinas Ketahanan Pangan dan Pertanian Kabupaten Lamongan | 35.24 | t=PPL di tiap kecamatan {30} | s=bantuan alsintan (hand traktor, pompa air) bagi poktan {20:unit}
blk g | UPT Pelatihan Kerja Disnaker Lamongan | 35.24 | t=instruktur menjahit dan bordir bersertifikat BNSP {3} | s=workshop jahit 20 mesin dan 4 mesin bordir komputer, bisa dipinjam kelompok di luar jadwal pelatihan {1} | p=pelatihan menjahit kerudung dan bordir 160 JP {16}
donor m | BAZNAS Kabupaten Lamongan | 35.24 | d=Lamongan Makmur: zakat produktif berupa modal usaha dan alat kerja bagi kelompok usaha mustahik {Rp 200.000.000}
donor s | Bank Jatim Cabang Lamongan | 35.24 | d=KUR mikro dan kredit usaha perempuan hingga Rp 50 jt per debitur {Rp 3 M}
donor s | TJSL PT Lamongan Shorebase Terpadu | 35.24 | d=bantuan modal dan pelatihan UMKM khusus desa ring 1: Tunggul, Kandangsemangkon dan Sidokelar, Kecamatan Paciran {Rp 250.000.000}
donor s | CSR PT Dok Bahari Brondong | 35.24 | d=hibah peralatan produksi (freezer, kompor, panci presto) bagi kelompok perempuan di Kecamatan Brondong {Rp 100.000.000}
donor s | CSR PT Semen Tuban Raya | 35.23 | d=kemitraan modal UMK bagi warga ring 1 pabrik di Kecamatan Kerek dan Merakurak {Rp 500.000.000} | p=pelatihan menjahit bagi ibu-ibu desa sekitar pabrik {30}
donor s | Hibah Kompetitif UMKM Kreatif Perempuan (seleksi nasional) | 31.74 | d=hibah modal kerja Rp 30 jt bagi kelompok perajin perempuan (kriya, fesyen, kuliner) se-Indonesia, seleksi proposal daring {Rp 30.000.000}
donor m | LAZISMU Kabupaten Lamongan | 35.24 | d=pinjaman qardhul hasan bagi pedagang Pasar Sidoharjo dan Pasar Blimbing, paling banyak Rp 2 jt per orang {Rp 50.000.000}
donor m | LAZISNU Kabupaten Lamongan | 35.24 | d=modal usaha bergulir khusus jamaah Muslimat NU yang punya usaha rumahan, diajukan lewat ranting {Rp 75.000.000}
ormas m | Pondok Pesantren Al-Ihsan Paciran (Koperasi Pondok) | 35.24 | h=koperasi pondok membeli kerudung dan seragam santriwati dari penjahit dan perajin sekitar {500:potong/tahun}
dudi s | Butik Busana Muslim Al-Hikmah Lamongan | 35.24 | h=ambil kerudung bordir dari perajin Paciran dan Solokuro dengan sistem titip jual {80:potong/bulan}
dudi s | Grosir Kerudung dan Mukena Pasar Sidoharjo | 35.24 | h=beli putus kerudung dan mukena dalam jumlah besar, harga grosir, bayar tempo 2 minggu {300:potong/bulan}
dudi s | Toko Kain dan Benang Bordir Sumber Jaya Blimbing | 35.24 | s=jual benang bordir, kain voal dan paris, mesin bordir bekas, bisa dicicil
dudi s | Konveksi Kerudung Sendang Indah | 35.24 | h=rekrut penjahit dan pembordir borongan {10}
dudi s | Reseller Kerudung Online Lamongan | 35.24 | h=menjual kerudung di marketplace dan live TikTok, bagi hasil 20 % {100:potong/bulan}
dudi s | Depot Soto Lamongan Cak Har | 35.24 | h=menerima titipan kerupuk ikan dan bandeng goreng untuk dijual di meja depot {30:bungkus/hari}
dudi s | Pusat Oleh-oleh Wingko dan Bandeng Sumber Rasa Babat | 35.24 | h=titip jual wingko babat, bandeng asap dan kerupuk ikan dari produsen yang sudah ber-PIRT {50:produk}
dudi s | UD Bandeng Presto Tambak Rejo Glagah | 35.24 | t=pemilik usaha bersedia jadi narasumber praktik bandeng presto dan bandeng duri lunak {1} | h=membeli bandeng dari petambak sekitar {2:ton/minggu}
dudi s | Pengepul Ikan TPI Brondong | 35.24 | h=menjual ikan segar dan ikan rucah ke pengolah ikan asin dan pindang {5:ton/hari}
dudi s | CV Kerupuk Ikan Brondong Jaya | 35.24 | p=magang produksi kerupuk ikan {5} | s=ruang produksi dan lantai jemur bisa dipakai pelatihan hari Minggu {1} | h=membeli kerupuk mentah dari kelompok pengolah {500:kg/bulan}
dudi s | PT Samudra Gresik Fishery | 35.25 | p=magang QC dan filleting ikan {10} | h=rekrut karyawan bagian filet dan packing {40}
smk m | SMK Perikanan dan Kelautan Brondong | 35.24 | t=guru produktif Agribisnis Pengolahan Hasil Perikanan bisa menjadi instruktur pelatihan warga {2} | s=laboratorium pengolahan hasil perikanan bisa dipinjam untuk pelatihan masyarakat hari Sabtu dan Minggu {1} | p=siswa PKL yang mencari tempat praktik {40}
smk m | SMK Muhammadiyah Paciran (Tata Busana) | 35.24 | s=ruang jahit dan 2 mesin bordir komputer praktik, boleh dipinjam dengan jadwal {1} | p=siswa PKL tata busana mencari tempat prakerin {25}
lkp m | LKP Bordir Arum Sari Lamongan | 35.24 | p=kursus bordir manual dan komputer {20} | h=menyalurkan alumni kursus ke konveksi mitra dan menerima pesanan bordir atas nama LKP {15}
lkp m | LPK Tata Boga Dapur Bunda | 35.24 | t=instruktur tata boga bersertifikat, menguasai olahan ikan dan kue basah {2} | s=dapur praktik 12 kompor, sewa Rp 500 rb per hari {1}
perguruan_tinggi m | Universitas Islam Lamongan (Prodi Teknologi Hasil Perikanan) | 35.24 | t=dosen teknologi hasil perikanan sebagai narasumber pelatihan diversifikasi olahan ikan {3} | s=laboratorium THP untuk praktik kelompok binaan {1} | p=KKN tematik desa pesisir {40}
ormas m | TP PKK Kabupaten Lamongan | 35.24 | p=kader PKK penggerak di desa {40} | h=bazar UMKM di alun-alun Lamongan tiap Car Free Day Minggu pagi {25:produk}
ormas m | Dekranasda Kabupaten Lamongan | 35.24 | p=pembinaan desain kriya {20} | h=galeri Dekranasda di Jalan Basuki Rahmat, kurasi dan membeli produk bordir, kerudung dan tenun ikat Parengan {40:produk}
ormas m | HNSI Kabupaten Lamongan | 35.24 | t=kader perempuan HNSI penggerak istri nelayan Brondong dan Paciran {10}
ormas m | PD Aisyiyah Lamongan (Majelis Ekonomi) | 35.24 | t=pendamping UMKM perempuan {5} | h=gerai Aisyiyah Mart menjual produk, khusus produk usaha anggota Aisyiyah {30:produk}
tokoh_masyarakat m | Ibu Hj. Siti Maslahah (perajin bordir senior Sendangagung) | 35.24 | t=bersedia mengajari teknik bordir kerudung kepada ibu-ibu muda {1}
tokoh_masyarakat m | Pak Kasmuri (pengolah bandeng tanpa duri, Kemantren Paciran) | 35.24 | t=mau melatih cabut duri bandeng, bandeng presto dan otak-otak bandeng {1}
pusat_karya m | Sentra Bordir dan Kerudung Sendangagung | 35.24 | p=magang bordir {5} | h=menampung kerudung bordir dari perajin untuk dikirim ke Tanah Abang dan Surabaya {200:potong/bulan}
koperasi m | Koperasi Wanita Mina Sejahtera Brondong | 35.24 | d=simpan pinjam khusus anggota, angsuran mingguan {Rp 150.000.000} | h=toko koperasi menjual olahan ikan anggota {20:produk}
bumdes m | BUMDes Sumber Makmur Desa Kemantren | 35.24 | s=balai desa dan dapur BUMDes untuk pelatihan warga, tanpa biaya {1} | h=kios oleh-oleh di Jalan Raya Daendels Paciran {30:produk}
bumdes m | BUMDes Mina Palang | 35.23 | h=membeli bandeng dan udang panen tambak warga untuk dijual ke Sidoarjo {3:ton/bulan}
dudi s | Butik Kerudung Azzahra Lamongan | 35.24 tidak | h=membeli kerudung bordir tangan dari kelompok perajin {100:potong/bulan}
lkp m | LKP Boga Bahari Brondong | 35.24 tidak | t=instruktur olahan ikan dan hasil laut {2}
dudi s | Toko Kerudung Bu Nur | 35.24 x | h=bisa titip jual
donor m | Yayasan Peduli Pesisir Lamongan | 35.24 x | d=bantuan
dudi s | Pusat Grosir Kerudung Tanah Abang (Blok A) | 31.71 | h=membeli kerudung bordir dari perajin Lamongan (Paciran, Sendang) tiap bulan lewat ekspedisi {500:potong/bulan}
dudi s | Toko Busana Muslim Semarang | 33.74 | h=titip jual busana muslim dari berbagai daerah {40:produk}
dudi s | Toko Songkok dan Kerudung Gresik Kota | 35.25 | h=membeli kerudung dan songkok dari perajin Lamongan dan Gresik {150:potong/bulan}
blk g | UPT Pelatihan Kerja Surabaya (Disnakertrans Jawa Timur) | 35.78 | t=instruktur pengolahan hasil perikanan dan tata boga {3} | p=MTU: pelatihan keliling ke kabupaten atas usulan dinas {30}
dinas g | Dinas Kelautan dan Perikanan Provinsi Jawa Timur | 35.78 | t=narasumber diversifikasi olahan ikan untuk pelatihan di kabupaten {2} | s=bantuan sarana pengolahan (freezer, vacuum sealer) bagi Poklahsar, usulan lewat dinas kabupaten {15:paket}
dinas g | Dinas Koperasi dan UKM Provinsi Jawa Timur | 35.78 | d=pinjaman dana bergulir UMKM melalui UPT, jasa 3 % per tahun {Rp 1 M} | h=kurasi produk untuk galeri UMKM Jatim di Surabaya {40:produk}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 2. Riau: Kabupaten Kampar (14.01)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_kampar",
        "KPR",
        "Daya Dukung Lembaga",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Kampar | 14.01 | p=pelatihan kerja las, menjahit dan operator alat berat kerja sama perusahaan sawit {48} | h=penempatan tenaga kerja ke perusahaan perkebunan {150}
dinas g | Dinas Perikanan Kabupaten Kampar | 14.01 | t=penyuluh perikanan pendamping pembudidaya patin kolam dan keramba di tiap kecamatan {8} | s=bantuan benih patin dan pakan mandiri bagi pokdakan berbadan hukum {50:paket}
dinas g | Dinas Kelautan dan Perikanan Provinsi Riau | 14.71 | s=bantuan sarana pengolahan ikan (oven pengasapan, freezer, vacuum sealer) bagi Poklahsar terdaftar se-Riau, usulan lewat dinas kabupaten {12:paket}
dinas g | Dinas Koperasi dan UKM Kabupaten Kampar | 14.01 | d=rekomendasi dan fasilitasi KUR ke bank mitra, tidak ada hibah | p=pelatihan kewirausahaan dan fasilitasi PIRT dan halal gratis bagi UMKM {40}
dinas g | Dinas Perindustrian dan Perdagangan Kabupaten Kampar | 14.01 | s=rumah kemasan: jasa label dan vacuum pack, bayar retribusi {1} | h=promosi produk IKM di Pekan Raya Kampar dan galeri IKM Bangkinang {30:produk}
dinas g | Dinas Pariwisata, Pemuda dan Olahraga Kabupaten Kampar | 14.01 | h=stan kuliner dan oleh-oleh di kawasan Candi Muara Takus dan saat Balimau Kasai {25:produk}
dinas g | Dinas Sosial Kabupaten Kampar | 14.01 | d=bantuan KUBE Rp 20 juta per kelompok bagi keluarga miskin terdaftar DTKS {Rp 20.000.000}
dinas g | Dinas Pendidikan Kabupaten Kampar (Bidang PAUD dan Dikmas) | 14.01 | d=penyaluran BOP Kesetaraan dan rekomendasi usulan dana PKW ke Kementerian bagi PKBM terakreditasi {Rp 30.000.000}
dinas g | Dinas Tanaman Pangan, Hortikultura dan Perkebunan Kabupaten Kampar | 14.01 | t=penyuluh karet dan sawit rakyat {10} | s=bibit karet unggul bagi petani swadaya {5000:batang}
blk g | UPTD Balai Latihan Kerja Kabupaten Kampar (Bangkinang) | 14.01 | t=instruktur pengolahan hasil pertanian dan las {3} | s=workshop las dan ruang pengolahan pangan bisa dipinjam {2} | p=pelatihan pengolahan pangan 160 JP {16}
donor m | BAZNAS Kabupaten Kampar | 14.01 | d=Kampar Makmur: bantuan modal usaha produktif bagi mustahik perorangan, paling banyak Rp 3 juta per orang {Rp 150.000.000}
donor s | Bank Riau Kepri Syariah Cabang Bangkinang | 14.01 | d=pembiayaan KUR syariah dan usaha mikro sampai Rp 50 juta, dengan agunan di atas Rp 25 juta {Rp 2 M}
donor s | TJSL PLTA Koto Panjang | 14.01 | d=bantuan modal kelompok budidaya ikan keramba di desa ring 1 waduk, Kecamatan XIII Koto Kampar {Rp 300.000.000} | s=hibah peralatan pengolahan ikan (oven asap, freezer) bagi kelompok di desa ring 1: Koto Masjid, Pulau Gadang dan Batu Bersurat {4:paket}
donor s | CSR PT Sawit Kampar Lestari | 14.01 | d=CSR modal usaha dan beasiswa bagi desa sekitar kebun di Kecamatan Tapung Hulu {Rp 200.000.000} | h=rekrut pemanen dan mandor {30}
donor s | Program Bantuan PKW (seleksi nasional) | 31.74 | d=dana Pendidikan Kecakapan Wirausaha Rp 1,5 juta per warga belajar bagi LKP dan PKBM, seleksi proposal daring {Rp 45.000.000}
donor s | Bantuan Pemerintah Sarana Pengolahan Ikan (seleksi nasional) | 31.74 | s=paket alat pengolahan ikan bagi Poklahsar se-Indonesia, seleksi proposal {20:paket}
donor m | LAZ Al-Falah Bangkinang | 14.01 | d=qardhul hasan khusus pedagang Pasar Bangkinang {Rp 40.000.000}
dudi s | Rumah Makan Pondok Patin HM Bangkinang | 14.01 | h=membeli ikan patin segar 2-3 kuintal per minggu dari pembudidaya sekitar Bangkinang {300:kg/minggu}
dudi s | Toko Oleh-oleh Kampung Patin Koto Masjid | 14.01 | h=titip jual salai patin dan kerupuk patin dari pengasap di Koto Masjid {100:kg/bulan}
dudi s | Agen Ikan Salai Pasar Cik Puan | 14.71 | h=membeli putus salai patin dan salai baung dari Kampar untuk dijual di Pekanbaru dan Sumbar {300:kg/bulan}
dudi s | Pabrik Pakan Ikan Mandiri Kampar | 14.01 | s=jual pakan apung dan benih patin, bisa tempo untuk pokdakan | t=teknisi pakan memberi bimbingan budidaya bagi pelanggan {2}
dudi s | Bengkel Las Karya Logam Bangkinang | 14.01 | s=membuat dan menjual oven pengasapan ikan sistem tertutup dan rak stainless, bisa dicicil
dudi s | Kedai Gulai Ikan Salai Muara Takus | 14.01 | h=membeli salai patin 20 kg per minggu untuk gulai {80:kg/bulan}
dudi s | Swalayan Bangkinang Indah | 14.01 | h=konsinyasi produk UMKM berlabel halal dan PIRT {30:produk}
dudi s | Pengepul Karet Desa Kuok | 14.01 | h=membeli getah karet dari petani {10:ton/minggu}
dudi s | Toko Alat Perikanan Sumber Rejeki | 14.01 | s=jual terpal kolam, aerator, jaring dan timbangan
dudi s | Hotel Bangkinang Permai | 14.01 | h=membeli ikan segar untuk restoran hotel {50:kg/bulan}
smk m | SMK Negeri 1 XIII Koto Kampar (Agribisnis Perikanan) | 14.01 | t=guru produktif budidaya ikan dan pengolahan hasil perikanan {2} | s=kolam praktik dan ruang pengolahan bisa dipakai kelompok dengan jadwal {1} | p=siswa PKL mencari tempat praktik {20}
smk m | SMK Negeri 2 Bangkinang (Tata Boga) | 14.01 | s=dapur praktik bisa dipakai kelompok masyarakat hari Sabtu {1} | p=siswa PKL tata boga mencari tempat prakerin {30}
lkp m | LKP Mandiri Bangkinang (Menjahit) | 14.01 | t=instruktur menjahit {2} | p=kursus menjahit {20}
lkp m | LPK Perikanan Tapung | 14.01 | t=instruktur budidaya bersertifikat, hanya mengajar peserta kursus sendiri {2} | p=kursus budidaya patin dan lele berbayar {20} | h=memasarkan panen alumni ke pengepul mitra LPK {2:ton/bulan}
perguruan_tinggi m | Universitas Tuah Kampar (Fakultas Perikanan) | 14.01 | t=dosen budidaya perairan sebagai narasumber dan pendamping PKW budidaya ikan {2} | s=kolam percobaan kampus {4}
perguruan_tinggi m | Politeknik Kampar (Prodi Teknologi Pangan) | 14.01 | s=lab pengolahan dan alat pengasapan bisa dipakai kelompok mitra untuk uji produk {1} | p=pendampingan PIRT dan uji kadar air salai {10}
ormas m | TP PKK Kabupaten Kampar | 14.01 | h=bazar UMKM tiap Jumat di halaman Kantor Bupati Bangkinang {20:produk}
ormas m | Lembaga Kerapatan Adat Kenegerian Kuok (ninik mamak) | 14.01 | p=ninik mamak menggerakkan anak kemenakan mengikuti program di kenegerian {50} | s=tanah ulayat bisa dipinjamkan untuk kolam kelompok di Kenegerian Kuok {2:ha}
ormas m | Dekranasda Kabupaten Kampar | 14.01 | h=galeri kerajinan dan makanan khas Kampar di Bangkinang, membeli produk binaan {40:produk}
tokoh_masyarakat m | Datuk Sati (ninik mamak dan pengasap ikan senior Koto Masjid) | 14.01 | t=mau mengajari cara mengasap salai patin supaya kuning emas dan awet {1}
tokoh_masyarakat m | Pak Rasyid (pembudidaya patin kolam terpal, Desa Kualu Nenas) | 14.01 | t=bersedia melatih budidaya patin di kolam terpal dan membuat pakan sendiri {1} | h=menampung panen patin kelompok untuk dijual ke pengepul Pekanbaru {500:kg/bulan}
pusat_karya m | Sentra Pengasapan Ikan Kampung Patin Koto Masjid | 14.01 | p=magang mengasap salai {5} | s=rumah asap bersama bisa dipakai kelompok lain, sewa Rp 20 rb per kg {1} | h=membeli salai dari pengasap rumahan {500:kg/bulan}
koperasi m | Koperasi Pembudidaya Patin Koto Masjid Bersatu | 14.01 | d=pinjaman khusus anggota {Rp 200.000.000} | s=cold storage koperasi untuk anggota {1} | h=menampung dan menjual salai dan patin segar anggota ke Pekanbaru {3:ton/bulan}
bumdes m | BUMDes Koto Masjid Maju | 14.01 | s=bangunan produksi BUMDes (bekas gudang) bisa dipinjam kelompok warga Desa Koto Masjid {1} | h=kios salai di pinggir jalan lintas Sumbar-Riau {40:kg/minggu}
bumdes m | BUMDes Kualu Sejahtera | 14.01 | d=penyertaan modal bagi kelompok usaha warga Desa Kualu, bagi hasil 70:30 {Rp 50.000.000}
koperasi m | KUD Sumber Rezeki (eks-transmigrasi SP 3 Tapung) | 14.01 | d=simpan pinjam khusus anggota petani plasma sawit, angsuran potong hasil TBS {Rp 500.000.000}
pkbm m | PKBM Bina Insani Bangkinang | 14.01 | t=tutor kecakapan hidup pengolahan ikan {2} | p=warga belajar paket C yang mencari tempat magang {30}
dudi s | Pedagang Ikan Patin Pasar Air Tiris | 14.01 | h=menjual patin segar ke rumah makan dan pengolah salai {1:ton/minggu}
dudi s | CV Salai Patin Kampar Jaya | 14.01 tidak | h=membeli salai patin dari kelompok pengasap {1000:kg/bulan}
dinas g | UPT Balai Benih Ikan Pulau Gadang | 14.01 tidak | t=instruktur budidaya patin {2}
dudi s | Toko Salai Bu Eti | 14.01 x | h=bisa titip
donor m | Yayasan Kampar Peduli | 14.01 x | d=bantuan dana
dudi s | PT Riau Fish Processing | 14.71 | h=membeli salai patin berkadar air standar untuk ekspor ke Malaysia {2:ton/bulan}
tokoh_masyarakat m | Pak Darwis (pembudidaya patin bioflok Rokan Hulu) | 14.06 | t=instruktur budidaya patin bioflok, bisa datang ke Kampar sebulan sekali {1}
dudi s | Rumah Makan Pacu Jalur Teluk Kuantan | 14.09 | h=membeli salai patin untuk gulai {50:kg/bulan}
dudi s | Toko Oleh-oleh Pasar Atas Bukittinggi | 13.75 | h=membeli salai patin dari Koto Masjid tiap minggu untuk dijual di Pasar Atas {150:kg/bulan}
dudi s | Gerai Pangan Riau Jakarta (toko daring) | 31.74 | h=titip jual makanan khas Riau {40:produk}
donor s | CSR PT Kertas Siak Indah | 14.08 | d=bantuan modal bagi warga ring 1 Kecamatan Tualang {Rp 250.000.000}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 3. Sulawesi Selatan: Kabupaten Toraja Utara (73.26)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_torajautara",
        "TRU",
        "Pokok Kesanggupan Mitra",
        """
dinas g | Dinas Tenaga Kerja Kabupaten Toraja Utara | 73.26 | p=pelatihan berbasis kompetensi: pemandu wisata, barista, menjahit {48} | h=bursa kerja dan pelayanan kartu AK/1 {200}
dinas g | Dinas Pertanian Kabupaten Toraja Utara | 73.26 | t=penyuluh kopi arabika dan pascapanen {4} | s=alat pulper dan huller bantuan bagi poktan kopi {10:unit}
dinas g | Dinas Koperasi, UKM dan Perdagangan Kabupaten Toraja Utara | 73.26 | p=pelatihan pewarnaan alami tenun dan desain motif bagi perajin {20} | h=promosi produk di pameran dan galeri UMKM Pasar Seni Rantepao {30:produk}
dinas g | Dinas Kebudayaan dan Pariwisata Kabupaten Toraja Utara | 73.26 | p=magang pemandu wisata di objek wisata Ke'te' Kesu' {10} | h=stan kerajinan di Toraja Highland Festival dan Lovely December {40:produk}
dinas g | Dinas Sosial Kabupaten Toraja Utara | 73.26 | d=bantuan KUBE bagi keluarga penerima PKH yang terdata di DTKS {Rp 20.000.000}
dinas g | Cabang Dinas Pendidikan Wilayah Toraja (Dinas Pendidikan Provinsi Sulawesi Selatan) | 73.26 | t=pengawas SMK {2} | p=memfasilitasi MoU prakerin SMK dengan DUDI dan menghubungkan sekolah dengan perusahaan {10}
dinas g | DP3A Kabupaten Toraja Utara | 73.26 | p=pelatihan kewirausahaan perempuan dan pendampingan kelompok perempuan penenun {30}
blk g | UPT Balai Latihan Kerja Tana Toraja | 73.18 | t=instruktur barista dan pengolahan kopi bersertifikat {2} | p=pelatihan barista dan roasting kopi 120 JP {16}
donor m | BAZNAS Kabupaten Toraja Utara | 73.26 | d=zakat produktif bagi mustahik muslim di Rantepao {Rp 50.000.000}
donor s | Bank Sulselbar Cabang Rantepao | 73.26 | d=KUR dan kredit usaha perempuan sampai Rp 50 jt {Rp 2 M}
donor m | Departemen Diakonia BPS Gereja Toraja | 73.26 | d=dana diakonia produktif bagi kelompok usaha jemaat, hibah hingga Rp 15 juta per kelompok {Rp 150.000.000}
donor s | TJSL PT Energi Malea (PLTA) | 73.18 | d=bantuan modal UMKM bagi lembang ring 1 di Kecamatan Makale Utara dan Sangalla {Rp 200.000.000}
donor s | Program Hibah Pelestarian Wastra Nusantara (seleksi nasional) | 31.74 | d=hibah Rp 25 jt untuk kelompok penenun tradisional: benang, pewarna alam dan dokumentasi motif, proposal daring {Rp 25.000.000}
donor m | Yayasan Kopi Toraja Lestari | 73.26 | t=Q-grader bersertifikat bisa menjadi guru tamu {1} | p=magang petani muda dan siswa SMK di kebun dan unit pascapanen kopi binaan di Sapan dan Pangala {12}
dudi s | Hotel Tongkonan Indah Rantepao | 73.26 | p=PKL perhotelan bagian FO dan housekeeping {6} | h=membeli kain tenun Sa'dan untuk dekorasi kamar dan suvenir tamu {30:lembar/tahun}
dudi s | Toko Souvenir Pasar Seni Ke'te' Kesu' | 73.26 | h=titip jual kain tenun, ukiran dan miniatur tongkonan dari perajin {60:produk}
dudi s | Sapan Coffee Roastery Rantepao | 73.26 | p=menerima siswa prakerin bagian sortasi, roasting dan barista selama 3 bulan {4} | h=rekrut barista {2}
dudi s | PT Arabika Toraja Nusantara (gudang dan lab cupping Rantepao) | 73.26 | p=magang di gudang sortasi dan lab cupping {6} | h=rekrut staf QC lulusan SMK pertanian {4}
dudi s | Kafe Kopi Tongkonan | 73.26 | h=rekrut barista lulusan SMK {2}
dudi s | Pengepul Kopi Gelondong Pasar Bolu | 73.26 | h=membeli kopi gelondong dan labu dari petani {5:ton/minggu}
dudi s | Toko Benang Tenun dan Pewarna Rantepao | 73.26 | s=jual benang katun, benang emas dan pewarna, bisa bon untuk penenun langganan
dudi s | Pedagang Kerbau dan Babi Pasar Bolu | 73.26 | h=menjual kerbau dan babi untuk rambu solo' {20:ekor/minggu}
dudi s | Toko Ukiran Kayu Ke'te' Kesu' | 73.26 | h=membeli ukiran kayu dan passura' dari pengukir {40:buah/bulan}
dudi s | Toraja Tour and Travel | 73.26 | p=magang siswa usaha perjalanan wisata {3} | h=paket wisata kampung tenun Sa'dan, membawa tamu belanja langsung ke penenun {200:tamu/bulan}
dudi s | Perkebunan Kopi Arabika Pedamaran Estate | 73.26 | p=prakerin siswa agribisnis di kebun dan pabrik pengolahan kopi, mess tersedia {10} | h=rekrut mandor kebun {5}
dudi s | Bengkel Ukir Pa'ssura' Rantepao | 73.26 | p=magang ukir kayu {4}
smk m | SMK Negeri Tata Busana Rantepao | 73.26 | t=guru tata busana {2} | p=siswa PKL tata busana mencari tempat praktik {20}
lkp m | LKP Barista Toraja Brew | 73.26 | t=instruktur barista {1} | p=kursus barista berbayar dan penempatan magang peserta di kafe jaringan alumni {15}
lkp m | LKP Tenun Lolo Sa'dan | 73.26 | p=kursus menenun dan pewarna alam {15} | h=menerima pesanan kain atas nama LKP dan menyalurkannya ke alumni {20:lembar/bulan}
perguruan_tinggi m | Universitas Tongkonan Rantepao (Prodi Agroteknologi) | 73.26 | t=dosen pascapanen kopi sebagai guru tamu {2} | s=laboratorium uji cita rasa kopi {1}
ormas m | TP PKK Kabupaten Toraja Utara | 73.26 | h=bazar PKK tiap Sabtu di Lapangan Bakti Rantepao {20:produk}
ormas m | Dekranasda Kabupaten Toraja Utara | 73.26 | p=pelatihan desain motif tenun {15} | h=galeri Dekranasda di Rantepao membeli dan memamerkan kain tenun Sa'dan dan ukiran {40:produk}
ormas m | Persekutuan Wanita Gereja Toraja Klasis Sa'dan | 73.26 | p=pendampingan kelompok perempuan jemaat {40} | h=menjual kain tenun anggota saat Sidang Sinode dan bazar Natal {50:lembar/tahun}
ormas m | Lembaga Adat Toraja Utara | 73.26 | h=memesan kain tenun untuk upacara adat dan tamu kehormatan {20:lembar/tahun}
tokoh_masyarakat m | Ne' Lai' Rante (penenun senior Sa'dan Malimbong) | 73.26 | t=bersedia mengajari motif tua dan pewarna alam {1}
tokoh_masyarakat m | Pak Yohanis Sampe (petani kopi dan Q-grader) | 73.26 | t=bersedia menjadi guru tamu cupping di sekolah {1} | p=menerima 2 siswa prakerin di kebun dan rumah sangrai miliknya {2}
pusat_karya m | Galeri Tenun Sa'dan To' Barana | 73.26 | p=magang tenun {4} | h=membeli kain tenun dari penenun lembang sekitar {40:lembar/bulan}
pusat_karya m | Sanggar Ukir Kayu Ke'te' Kesu' | 73.26 | p=magang ukir {4}
koperasi m | Koperasi Kopi Sesean Sejahtera | 73.26 | p=siswa SMK boleh prakerin di unit pascapanen koperasi {6} | h=membeli kopi anggota {10:ton/bulan}
koperasi m | CU Pa'tondokan Toraja | 73.26 | d=pinjaman anggota bunga 1,5 % per bulan, khusus anggota CU {Rp 1 M}
bumdes m | BUMLembang Sa'dan Malimbong | 73.26 | h=kios kain tenun di jalur wisata Sa'dan {30:lembar/bulan}
bumdes m | BUMLembang Pangala | 73.26 | s=sewa tenda dan kursi untuk rambu solo' dan pesta {200:kursi}
smk m | SMK Kristen Rantepao (Agribisnis Tanaman Perkebunan) | 73.26 | t=guru produktif perkebunan kopi {2} | p=siswa PKL agribisnis mencari tempat prakerin {25}
dudi s | Toko Oleh-oleh Jalan Pongtiku Rantepao | 73.26 | h=membeli putus kopi bubuk dan tenun kecil (syal, selendang Sa'dan) dari perajin {40:produk}
dudi s | Roastery Kopi Lolai | 73.26 tidak | p=prakerin siswa SMK pertanian {4}
dudi s | Toko Tenun Ibu Martha | 73.26 tidak | h=membeli kain tenun Sa'dan {20:lembar/bulan}
dudi s | Kedai Kopi Pak Daud | 73.26 x | p=bisa terima magang
donor m | Yayasan Toraja Peduli | 73.26 x | d=bantuan
dudi s | Hotel Makale Indah | 73.18 | p=PKL perhotelan {4} | h=membeli kain tenun untuk suvenir {20:lembar/tahun}
dudi s | PT Kopi Luwu Palopo (pabrik kopi bubuk) | 73.73 | p=magang siswa di pabrik pengolahan kopi bubuk {6}
dudi s | Kebun Kopi Kalosi Enrekang | 73.16 | p=magang siswa pertanian di kebun kopi Kalosi, mess disediakan {6}
dudi s | Butik Kain Nusantara Makassar | 73.71 | h=membeli kain tenun Sa'dan langsung dari penenun Toraja Utara tiap 2 bulan {30:lembar/bulan}
dudi s | Hotel Panakkukang Makassar | 73.71 | p=PKL perhotelan {8}
dudi s | PT Kopi Nusantara Jakarta (roastery) | 31.74 | p=program magang roastery 3 bulan bagi siswa SMK se-Indonesia, mess dan uang saku {10}
dudi s | Toko Oleh-oleh Palu | 72.71 | h=titip jual kerajinan Sulawesi {30:produk}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 4. Maluku Utara: Kabupaten Halmahera Utara (82.03)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_halmaherautara",
        "HLU",
        "Andil yang Disanggupkan",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Halmahera Utara | 82.03 | p=pemagangan dalam negeri di perusahaan tambang dan kontraktor bagi lulusan LPK yang diusulkan lembaga {20} | h=bursa kerja dan pengantar kerja ke perusahaan tambang emas di Kao dan Malifut {100}
dinas g | Dinas Koperasi dan UKM Kabupaten Halmahera Utara | 82.03 | d=dana bergulir bagi koperasi dan kelompok usaha terdaftar, jasa 3 % per tahun {Rp 300.000.000} | t=pendamping UMKM untuk pengurusan PIRT, halal dan label {3}
dinas g | Dinas Perindustrian dan Perdagangan Kabupaten Halmahera Utara | 82.03 | s=bantuan mesin parut kelapa dan pemeras santan bagi IKM binaan {10:unit} | h=promosi produk di galeri IKM Tobelo dan pameran daerah {30:produk}
dinas g | Dinas Kelautan dan Perikanan Kabupaten Halmahera Utara | 82.03 | t=penyuluh perikanan {4} | s=bantuan mesin ketinting dan alat tangkap bagi nelayan pemegang kartu KUSUKA {30:unit}
dinas g | Dinas Pertanian Kabupaten Halmahera Utara | 82.03 | t=penyuluh kelapa, pala dan cengkeh {10} | s=bibit kelapa dalam dan pala {3000:bibit}
dinas g | Dinas Sosial Kabupaten Halmahera Utara | 82.03 | d=bantuan KUBE bagi keluarga miskin yang terdata di DTKS {Rp 20.000.000}
dinas g | Dinas PUPR Kabupaten Halmahera Utara | 82.03 | p=fasilitasi sertifikasi SKK tukang las konstruksi bersama LPJK {20}
blk g | UPTD Balai Latihan Kerja Halmahera Utara (Tobelo) | 82.03 | t=instruktur las SMAW bersertifikat {2} | s=workshop las 10 booth bisa dipinjam lembaga pelatihan lain hari Sabtu {1} | p=pelatihan las SMAW 240 JP {16}
donor m | BAZNAS Kabupaten Halmahera Utara | 82.03 | d=modal usaha bagi mustahik muslim perorangan, paling banyak Rp 2,5 jt {Rp 75.000.000}
donor s | Bank Maluku Malut Cabang Tobelo | 82.03 | d=KUR mikro dan kredit kelompok tanpa agunan hingga Rp 50 jt {Rp 1,5 M}
donor s | PT Emas Teluk Kao Mineral (PPM tambang) | 82.03 | d=hibah usaha kelompok di desa ring 1 Kecamatan Kao Teluk dan Malifut {Rp 500.000.000} | p=magang di bengkel fabrikasi tambang khusus pemuda ring 1 Kao Teluk dan Malifut {15} | h=rekrut welder bersertifikat dari seluruh Halmahera Utara melalui kontraktor mitra {20}
donor m | Departemen Pemberdayaan Ekonomi Jemaat Sinode GMIH | 82.03 | d=hibah usaha produktif bagi kelompok jemaat GMIH, hingga Rp 25 jt per kelompok, usulan melalui klasis {Rp 250.000.000}
donor s | Program Hibah Usaha Perempuan Pesisir (seleksi nasional) | 31.74 | d=hibah modal Rp 30 jt bagi kelompok perempuan pengolah kelapa, ikan dan rumput laut di wilayah 3T, proposal daring {Rp 30.000.000}
donor m | Yayasan Kelapa Nusantara Lestari | 82.03 | t=pendamping teknis pembuatan VCO dan pengurusan sertifikat PIRT {2}
donor m | LAZ Jailolo Peduli | 82.01 | d=qardhul hasan khusus pedagang Pasar Jailolo {Rp 30.000.000}
dudi s | Apotek Kasih Tobelo | 82.03 | h=membeli VCO kemasan botol dari produsen lokal yang sudah ber-PIRT {40:botol/bulan}
dudi s | Toko Oleh-oleh Hibualamo Tobelo | 82.03 | h=titip jual VCO, kenari dan halua kenari dari ibu-ibu {50:produk}
dudi s | Hotel Teluk Tobelo | 82.03 | p=PKL perhotelan {4} | h=membeli VCO untuk spa dan amenity kamar {20:botol/bulan}
dudi s | UD Sinar Galela (pengepul kopra) | 82.03 | h=membeli kopra dan kelapa butir dari petani {20:ton/bulan}
dudi s | CV Kelapa Tobelo Jaya | 82.03 | s=menjual kelapa butir tua dan parutan ke pembuat VCO dan minyak kelentik {5:ton/minggu}
dudi s | Bengkel Las dan Bubut Sinar Tobelo | 82.03 | p=menerima peserta magang las 2 bulan, uang makan {3} | h=rekrut tukang las {1}
dudi s | CV Karya Baja Halmahera | 82.03 | p=magang fabrikasi baja dan pengelasan pipa {6} | h=rekrut welder untuk proyek tambang dan pelabuhan {10}
dudi s | Galangan Kapal Gamsungi Tobelo | 82.03 | p=magang las plat kapal besi kecil {4} | h=rekrut tukang las kapal {2}
dudi s | Bengkel Ketok dan Cat Mobil Galela | 82.03 | p=magang ketok dan cat body mobil {2}
dudi s | Toko Besi dan Bangunan Tobelo Jaya | 82.03 | s=jual elektroda, plat, mesin las dan APD las, bisa kredit
dudi s | PT Mitra Tambang Kao (kontraktor tambang) | 82.03 | p=magang mekanik alat berat bagi lulusan SMK {10}
dudi s | Rumah Makan Ikan Bakar Dufa-dufa Tobelo | 82.03 | h=rekrut juru masak dan pelayan {3}
smk m | SMK Negeri 1 Halmahera Utara (Teknik Pengelasan) | 82.03 | t=guru produktif las {2} | s=bengkel las sekolah bisa dipakai LPK mitra dengan jadwal {1} | p=siswa PKL las mencari tempat prakerin {30}
smk m | SMK Kristen Tobelo (Tata Boga) | 82.03 | s=dapur praktik bisa dipakai kelompok ibu-ibu jemaat {1} | p=siswa PKL tata boga mencari tempat prakerin {20}
lkp m | LPK Las Maju Bersama Tobelo | 82.03 | p=kursus las dan magang peserta di kontraktor jaringan alumni {15} | h=penyaluran alumni LPK sendiri ke perusahaan tambang {20}
lkp m | LKP Tata Boga Hibualamo | 82.71 | t=instruktur olahan kelapa dan kue {2}
perguruan_tinggi m | Universitas Halmahera Raya (Prodi Teknologi Hasil Pertanian) | 82.03 | t=dosen pendamping izin PIRT dan uji mutu VCO {2} | s=laboratorium uji mutu {1}
perguruan_tinggi m | Politeknik Negeri Tobelo (Teknik Mesin) | 82.03 | t=dosen las bersertifikat {2} | s=bengkel las politeknik, dipinjamkan dengan MoU {1}
ormas m | TP PKK Kabupaten Halmahera Utara | 82.03 | h=bazar PKK bulanan di Lapangan Hibualamo Tobelo {20:produk}
ormas m | Dekranasda Kabupaten Halmahera Utara | 82.03 | h=galeri produk khas Halmahera Utara (VCO, kenari, anyaman), membeli dari kelompok binaan {30:produk}
ormas m | Asosiasi Kontraktor Halmahera Utara | 82.03 | p=menyalurkan peserta magang ke perusahaan anggota {20} | h=informasi lowongan welder dari kontraktor anggota {30}
ormas m | Komisi Pelayanan Perempuan Sinode GMIH | 82.03 | p=pendampingan kelompok perempuan jemaat {40} | h=menjual produk kelompok perempuan jemaat di Sidang Sinode dan bazar Natal {40:produk}
tokoh_masyarakat m | Ibu Ruth Tanod (pembuat VCO senior, Desa Kupa-kupa) | 82.03 | t=mau mengajari cara membuat VCO metode pancing supaya jernih {1}
tokoh_masyarakat m | Pak Hein Lolaro (pensiunan welder tambang) | 82.03 | t=bersedia melatih pengelasan pipa posisi 6G {1}
pusat_karya m | Pusat Produksi VCO Kelapa Hibualamo | 82.03 | h=membeli VCO curah dari kelompok untuk dikemas ulang {100:liter/bulan}
koperasi m | Koperasi Petani Kopra Tobelo | 82.03 | d=pinjaman khusus anggota petani kopra {Rp 200.000.000} | h=menampung kopra anggota {30:ton/bulan}
bumdes m | BUMDes Wari Ino Bersatu | 82.03 | d=penyertaan modal bagi kelompok usaha warga Desa Wari Ino, bagi hasil {Rp 40.000.000}
bumdes m | BUMDes Pala Galela | 82.03 | h=membeli pala dan fuli dari petani Galela {2:ton/bulan}
dudi s | Swalayan Tobelo Mart | 82.03 | h=konsinyasi produk UMKM berlabel PIRT dan halal {30:produk}
dudi s | Bengkel Las Karya Galela | 82.03 tidak | p=magang las {3}
dudi s | Toko Kelapa Murni Tobelo | 82.03 tidak | h=membeli VCO dari kelompok {50:botol/bulan}
dudi s | Bengkel Las Om Nyong | 82.03 x | p=bisa terima anak magang
donor m | Yayasan Halmahera Peduli | 82.03 x | d=bantuan
dudi s | PT Jailolo Konstruksi | 82.01 | p=magang las konstruksi jembatan, mess disediakan {4}
dudi s | PT Galangan Kapal Ternate | 82.71 | p=magang las kapal 3 bulan, mess disediakan {6}
dudi s | Toko Oleh-oleh Bandara Babullah Ternate | 82.71 | h=membeli VCO dari Tobelo dan Galela untuk oleh-oleh {60:botol/bulan}
donor s | CSR PT Aneka Nikel Halmahera Timur | 82.06 | d=bantuan modal bagi desa ring 1 Kecamatan Maba {Rp 300.000.000} | p=magang las khusus pemuda Halmahera Timur {10}
dudi s | Bengkel Las Daruba Morotai | 82.07 | p=magang las {2}
lkp m | LPK Las Bersertifikat Manado | 71.71 | p=pelatihan dan magang las 6G di Manado, asrama tersedia {20}
dudi s | PT Fabrikasi Nasional Jakarta | 31.74 | p=program magang welder 6 bulan bagi lulusan LPK dari seluruh Indonesia, tiket dan mess ditanggung {20} | h=rekrut welder ke proyek nasional {30}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# Mechanical part: parse the lines, then write the three shapes.
# ---------------------------------------------------------------------------------------------
def parse_block(block: str, prefix: str) -> list[dict]:
    partners = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split(" | ")]
        kind, sec = fields[0].split()
        loc = fields[2].split()
        p = {
            "partner_id": f"{prefix}-{len(partners) + 1:03d}",
            "name": fields[1],
            "kind": kind,
            "sector": SECTORS[sec],
            "code": loc[0],
            "inactive": "tidak" in loc[1:],
            "sparse": "x" in loc[1:],
            "offers": {},
            "caps": {},
            "units": {},
        }
        for f in fields[3:]:
            tag, _, text = f.partition("=")
            if tag in TAGS:
                m = re.search(r"\s*\{([^}]*)\}$", text)
                if m:
                    cap, _, unit = m.group(1).partition(":")
                    p["caps"][TAGS[tag]] = cap
                    p["units"][TAGS[tag]] = unit
                    text = text[: m.start()]
                p["offers"][TAGS[tag]] = text
            elif tag in ("v", "k", "y"):
                p[tag] = text
            else:
                raise ValueError(f"{prefix}: unknown tag {tag!r} in {line!r}")
        assert p["code"] in REGIONS, (prefix, line)
        partners.append(p)
    return partners


def offset(rng: random.Random, lat: float, lon: float) -> tuple[float, float]:
    r = 12.0 * math.sqrt(rng.random())
    t = rng.uniform(0, 2 * math.pi)
    dlat = r * math.cos(t) / 111.32
    dlon = r * math.sin(t) / (111.32 * math.cos(math.radians(lat)))
    return round(lat + dlat, 5), round(lon + dlon, 5)


def short_regency(name: str) -> str:
    if name.startswith("Kota Administrasi "):
        return name.removeprefix("Kota Administrasi ")
    return name.replace("Kabupaten ", "Kab. ")


def kapital_regency(rng: random.Random, code: str, name: str) -> str:
    variants = KAPITAL_VARIANTS.get(code, [])
    if variants and variants[0] == "!":
        return rng.choice(variants[1:])
    if name.startswith("Kota Administrasi "):
        standard = "KOTA ADM. " + name.removeprefix("Kota Administrasi ").upper()
    elif name.startswith("Kabupaten "):
        standard = "KAB. " + name.removeprefix("Kabupaten ").upper()
    else:
        standard = name.upper()
    if variants and rng.random() < 0.45:
        return rng.choice(variants)
    return standard


def rupiah_words(cap: str) -> str:
    if cap.isdigit():
        return "Rp " + f"{int(cap):,}".replace(",", ".")
    return cap


def build(base: str, prefix: str, block: str, rng: random.Random) -> list[dict]:
    rows = []
    for p in parse_block(block, prefix):
        code = p["code"]
        name, lat, lon = REGIONS[code]
        row = {c: "" for c in COLUMNS}
        row.update(partner_id=p["partner_id"], name=p["name"], sector=p["sector"], kind=p["kind"])
        plat, plon = offset(rng, lat, lon)
        missing_code = rng.random() < 0.10
        missing_point = rng.random() < 0.30
        if not p["sparse"]:
            row["province"] = PROVINCES[code[:2]]
            row["region_code"] = "" if missing_code else code
            if not missing_point:
                row["lat"], row["lon"] = f"{plat}", f"{plon}"
        row["regency"] = name
        for a in ASPECTS:
            row[f"offers_{a}"] = p["offers"].get(a, "")
            row[f"capacity_{a}"] = p["caps"].get(a, "")
        vision = p.get("v", rng.choice(VISIONS[p["kind"]]))
        seeks = p.get("k", rng.choice(SEEKS[p["kind"]]))
        if p["inactive"]:
            active = rng.choice(["tidak", "tidak", "Tidak", "TIDAK", "0"])
        else:
            active = rng.choice(["ya"] * 8 + ["Ya", "YA", "1", "true", ""])
        if "y" in p:
            years, done = p["y"].split("/")
        else:
            years, done = str(rng.randint(1, 30)), str(rng.randint(0, 15))
            if rng.random() < 0.12:
                years = ""
            if rng.random() < 0.12:
                done = ""
        if p["sparse"]:
            vision = seeks = years = done = ""
        row.update(
            vision=vision,
            seeks=seeks,
            active=active,
            years_active=years,
            partnerships_completed=done,
        )
        row["_units"] = p["units"]
        row["_code"] = code
        rows.append(row)
    return rows


def satu_kolom(rows: list[dict], header: str, rng: random.Random) -> tuple[list[str], list[list]]:
    head = [
        "No",
        "ID",
        "Nama Lembaga",
        "Sektor",
        "Jenis",
        "Provinsi",
        "Kabupaten/Kota",
        header,
        "Visi",
        "Mencari",
        "Aktif",
    ]
    out = []
    for i, row in enumerate(rows, 1):
        pieces = []
        for a in ASPECTS:
            text = row[f"offers_{a}"]
            if not text:
                continue
            cap = row[f"capacity_{a}"]
            if cap and a == "dana":
                text += f", senilai {rupiah_words(cap)}"
            elif cap:
                text += f" ({cap} {row['_units'].get(a) or UNITS[a]})"
            pieces.append(text)
        rng.shuffle(pieces)
        active = row["active"]
        aktif = {"tidak": "Tidak", "0": "Tidak", "": ""}.get(active.lower(), "Ya")
        out.append(
            [
                i,
                row["partner_id"],
                row["name"],
                row["sector"].capitalize(),
                KIND_LABELS[row["kind"]],
                row["province"],
                short_regency(row["regency"]),
                "; ".join(pieces),
                row["vision"],
                row["seeks"],
                aktif,
            ]
        )
    return head, out


def kapital(rows: list[dict], rng: random.Random) -> list[dict]:
    out = []
    for row in rows:
        new = {c: row[c] for c in COLUMNS}
        name = row["name"].upper()
        name = re.sub(r"^(PT|CV|UD)\s", r"\1. ", name)
        new["name"] = name
        if row["province"]:
            forms = KAPITAL_PROVINCES[row["_code"][:2]]
            new["province"] = forms[0] if rng.random() < 0.5 else rng.choice(forms)
        new["regency"] = kapital_regency(rng, row["_code"], row["regency"])
        new["region_code"] = new["lat"] = new["lon"] = ""
        new["active"] = row["active"].upper()
        out.append(new)
    return out


def write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    rng = random.Random(SEED)
    shapes = [["directory", "shape", "file"]]
    for base, prefix, header, block in DIRECTORIES:
        rows = build(base, prefix, block, rng)
        write_csv(HERE / f"{base}.csv", COLUMNS, [[r[c] for c in COLUMNS] for r in rows])
        head, one = satu_kolom(rows, header, rng)
        write_csv(HERE / f"{base}_satu_kolom.csv", head, one)
        kap = kapital(rows, rng)
        write_csv(HERE / f"{base}_kapital.csv", COLUMNS, [[r[c] for c in COLUMNS] for r in kap])
        shapes += [
            [base, "per_aspek", f"{base}.csv"],
            [base, "satu_kolom", f"{base}_satu_kolom.csv"],
            [base, "kapital", f"{base}_kapital.csv"],
        ]
        print(f"{base}: {len(rows)} partners")
    write_csv(HERE / "shapes.csv", shapes[0], shapes[1:])


if __name__ == "__main__":
    main()
