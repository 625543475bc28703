"""Write the thirty-second held-out national evaluation directories of mitramatch, in three shapes each.

Everything written here is fictional: the institutions, the people, their offers, capacities,
visions and track records. Government offices, BAZNAS, Bank daerah, LPD and PKK teams carry the
standard nomenclature of such bodies (for example "Dinas Tenaga Kerja Kabupaten Labuhanbatu");
what they offer here is invented and says nothing about the real offices. Region codes, regency
names and representative coordinates are real, copied from shared/data/wilayah
(github.com/cahyadsn/wilayah, MIT licence, Copyright (c) Cahya DSN, and
cahyadsn/wilayah_boundaries for the points).


The line format and the machinery are those of ../national17/make_national17.py (copied, new
seed, new regions, new directories). Every partner is one hand-written line in a directory block::
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

Run from the directory's parent (standard library only)::

    python3 national32/make_national32.py

The grades in judgements.csv were judged by reading the files this script writes; changing a
partner line or the seed invalidates them.
"""

from __future__ import annotations

import csv
import math
import random
import re
from pathlib import Path

SEED = 20320932
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
    "51.07": ("Kabupaten Karangasem", -8.37427, 115.52989),
    "51.05": ("Kabupaten Klungkung", -8.66695, 115.49366),
    "51.06": ("Kabupaten Bangli", -8.29312, 115.34729),
    "51.04": ("Kabupaten Gianyar", -8.48097, 115.28749),
    "51.03": ("Kabupaten Badung", -8.58285, 115.18838),
    "51.71": ("Kota Denpasar", -8.66836, 115.22082),
    "52.71": ("Kota Mataram", -8.59015, 116.11096),
    "12.10": ("Kabupaten Labuhanbatu", 2.28562, 100.06159),
    "12.23": ("Kabupaten Labuhanbatu Utara", 2.41099, 99.7578),
    "12.22": ("Kabupaten Labuhanbatu Selatan", 1.84194, 100.14002),
    "12.09": ("Kabupaten Asahan", 2.80493, 99.55936),
    "12.71": ("Kota Medan", 3.62904, 98.6672),
    "14.71": ("Kota Pekanbaru", 0.55128, 101.46573),
    "82.04": ("Kabupaten Halmahera Selatan", -0.82706, 127.70518),
    "82.72": ("Kota Tidore Kepulauan", 0.47928, 127.67501),
    "82.71": ("Kota Ternate", 0.83848, 127.17253),
    "82.02": ("Kabupaten Halmahera Tengah", 0.40187, 128.29531),
    "71.72": ("Kota Bitung", 1.48981, 125.15797),
    "31.74": ("Kota Administrasi Jakarta Selatan", -6.2726, 106.81004),
}

# Province names as the canonical shape writes them (provinsi.csv; DKI as lists write it).
PROVINCES = {
    "12": "Sumatera Utara",
    "14": "Riau",
    "31": "DKI Jakarta",
    "51": "Bali",
    "52": "Nusa Tenggara Barat",
    "71": "Sulawesi Utara",
    "82": "Maluku Utara",
}
# How official UPPER CASE lists write provinces: full name first, then the short forms people use.
KAPITAL_PROVINCES = {
    "12": ["SUMATERA UTARA", "SUMUT", "PROV. SUMUT", "PROVINSI SUMATERA UTARA", "SUMATRA UTARA"],
    "14": ["RIAU", "PROV. RIAU"],
    "31": ["DKI JAKARTA", "DKI"],
    "51": ["BALI", "PROV. BALI", "PROVINSI BALI"],
    "52": ["NUSA TENGGARA BARAT", "NTB"],
    "71": ["SULAWESI UTARA", "SULUT"],
    "82": ["MALUKU UTARA", "MALUT", "PROV. MALUT", "PROVINSI MALUKU UTARA"],
}
# Older, shortened or misspelt regency names people still write (used by the kapital shape,
# alongside the standard KAB. X / KOTA X form). A leading "!" means: always use the variants.
KAPITAL_VARIANTS = {
    "51.07": [
        "!",
        "KAB. KARANGASEM",
        "KARANGASEM",
        "KARANG ASEM",
        "KAB. KARANGASEM (AMLAPURA)",
        "AMLAPURA",
        "KAB KARANGASEM",
    ],
    "51.05": ["KLUNGKUNG", "SEMARAPURA"],
    "51.06": ["BANGLI"],
    "51.04": ["GIANYAR", "KAB. GIANYAR (UBUD)"],
    "51.03": ["BADUNG", "KAB. BADUNG (MANGUPURA)"],
    "51.71": ["DENPASAR", "KODYA DENPASAR"],
    "52.71": ["MATARAM"],
    "12.10": [
        "!",
        "KAB. LABUHANBATU",
        "LABUHANBATU",
        "LABUHAN BATU",
        "KAB. LABUHAN BATU (RANTAUPRAPAT)",
        "RANTAUPRAPAT",
        "RANTAU PRAPAT",
    ],
    "12.23": ["LABURA", "LABUHANBATU UTARA", "KAB. LABURA (AEK KANOPAN)"],
    "12.22": ["LABUSEL", "LABUHANBATU SELATAN", "KAB. LABUSEL (KOTAPINANG)"],
    "12.09": ["ASAHAN", "KISARAN"],
    "12.71": ["MEDAN", "KOTA MEDAN"],
    "14.71": ["PEKANBARU"],
    "82.04": [
        "!",
        "KAB. HALMAHERA SELATAN",
        "HALMAHERA SELATAN",
        "HALSEL",
        "KAB. HALSEL (LABUHA)",
        "LABUHA",
        "KAB. HALMAHERA SELATAN (P. BACAN)",
    ],
    "82.72": ["TIDORE", "TIDORE KEPULAUAN", "KOTA TIKEP (SOFIFI)", "SOFIFI"],
    "82.71": ["TERNATE", "KOTA TERNATE"],
    "82.02": ["HALTENG", "HALMAHERA TENGAH", "KAB. HALTENG (WEDA)"],
    "71.72": ["BITUNG"],
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
# 1. Bali: Kabupaten Karangasem (51.07)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_karangasem",
        "KRS",
        "Uluran Kerja Sama Lembaga",
        """
dinas g | Dinas Tenaga Kerja dan Perindustrian Kabupaten Karangasem | 51.07 | p=pelatihan berbasis kompetensi: tata graha hotel, bartender, pemandu selam dasar, menjahit {64} | h=bursa kerja dan penyaluran ke hotel dan villa di Candidasa, Amed dan Tulamben {150}
dinas g | Dinas Koperasi dan UKM Kabupaten Karangasem | 51.07 | d=pinjaman dana bergulir bagi koperasi dan kelompok usaha binaan, jasa 3 % per tahun, maks Rp 30 jt per kelompok {Rp 450.000.000} | p=pendampingan PIRT, sertifikasi halal dan desain kemasan {40}
dinas g | Dinas Perdagangan Kab. Karangasem | 51.07 | h=memfasilitasi temu usaha perajin tenun dan UMKM dengan butik dan art shop di Denpasar dan Ubud, tanpa membeli produk
dinas g | Dinas Pariwisata Kabupaten Karangasem | 51.07 | t=narasumber sadar wisata dan pengelolaan Pokdarwis {2} | h=stan UMKM dan wastra di Festival Seni Budaya Karangasem di Taman Ujung {30:produk}
dinas g | Dinas Pertanian Kabupaten Karangasem | 51.07 | t=penyuluh hortikultura salak dan pengolahan hasil {3} | s=bantuan mesin vacuum frying dan spinner bagi Poktan salak terdaftar Simluhtan, lewat proposal {3}
dinas g | Dinas Sosial Kabupaten Karangasem | 51.07 | d=bantuan usaha KUBE bagi keluarga penerima PKH di DTKS {Rp 20.000.000}
dinas g | Dinas Kebudayaan Kabupaten Karangasem | 51.07 | t=pamong budaya pendamping pelestarian tenun gringsing dan songket {2} | d=hibah bagi sekaa kesenian dan sanggar tari terdaftar, lewat usulan desa adat {Rp 25.000.000}
blk g | UPTD Balai Latihan Kerja Kabupaten Karangasem (Amlapura) | 51.07 | t=instruktur tata boga bersertifikat BNSP, bisa diperbantukan ke lembaga mitra dua kali seminggu {1} | s=dapur praktik tata boga dengan oven dan kompor gas, bisa dipinjam di luar jadwal {1} | p=pelatihan tata boga dan pastry 240 JP {16}
donor m | BAZNAS Kabupaten Karangasem | 51.07 | d=zakat produktif berupa modal dan alat usaha bagi mustahik Muslim di Karangasem, antara lain di Kampung Islam Kecicang dan Saren Jawa {Rp 150.000.000}
donor m | LPD Desa Adat Sidemen | 51.07 | d=kredit usaha berbunga ringan khusus krama Desa Adat Sidemen, termasuk kelompok usaha krama {Rp 500.000.000}
donor s | BPD Bali Cabang Amlapura | 51.07 | d=KUR mikro dan kredit usaha perempuan sampai Rp 50 jt {Rp 3 M}
donor s | CSR PT Terminal Energi Manggis | 51.07 | d=bantuan modal dan alat usaha bagi UMKM ring 1 terminal BBM di Desa Ulakan dan Antiga, Kecamatan Manggis {Rp 200.000.000} | p=pelatihan pengelolaan homestay bagi warga ring 1 {25}
donor m | Yayasan Wastra Lestari Bali | 51.07 | t=desainer motif dan pendamping pewarna alam untuk kelompok tenun, datang dua kali sebulan {1} | d=hibah benang dan pewarna alam bagi kelompok tenun pemula hasil seleksi {Rp 15.000.000}
dudi s | Galeri Tenun Songket Pelangi Sidemen | 51.07 | h=membeli putus songket dan endek ikat dari penenun Sidemen dan Selat {40:lembar/bulan}
dudi s | Butik Endek Amlapura | 51.07 | h=titip jual kain endek dan selendang songket, bagi hasil 20 % {30:lembar}
dudi s | Toko Benang dan Alat Tenun Sari Warna Amlapura | 51.07 | s=jual benang sutra, benang emas, pewarna dan alat tenun cag-cag dan ATBM, bisa dicicil
dudi s | Pengepul Salak Sibetan Bebandem | 51.07 | h=membeli salak segar dari petani Sibetan untuk dikirim ke Denpasar dan Jawa {5:ton/minggu}
dudi s | UD Kurma Salak Sibetan | 51.07 | t=pengolah senior bisa melatih pembuatan kurma salak, keripik dan dodol salak bagi kelompok, dengan honor harian {1} | h=membeli salak kupas dan dodol setengah jadi {200:kg/bulan}
dudi s | Toko Mesin Pengolahan Pangan Amlapura | 51.07 | s=jual mesin vacuum frying, spinner peniris minyak dan sealer, bisa kredit 12 bulan
dudi s | Usaha Wine Salak Dukuh Sibetan | 51.07 | p=magang pengolahan salak 1 bulan, hanya bagi calon karyawan {3} | h=membeli salak gula pasir dari petani {2:ton/bulan}
dudi s | Resort Tirta Gangga Villas | 51.07 | h=memesan kain endek untuk seragam staf dan dekorasi kamar, sekali setahun {60:lembar/tahun} | p=PKL siswa perhotelan {4}
dudi s | Art Shop Tenganan Pegringsingan | 51.07 | h=menjual kain gringsing, anyaman ate dan lontar prasi buatan warga Tenganan sendiri {50:produk}
dudi s | Toko Oleh-oleh Khas Karangasem Jl. Diponegoro Amlapura | 51.07 | h=membeli putus keripik salak, dodol salak, kopi dan garam Amed dari produsen ber-PIRT {500:bungkus/bulan}
dudi s | Villa Sidemen Retreat | 51.07 | h=paket wisata belajar menenun untuk tamu, membayar penenun pemandu per tamu dan membeli kain kenangan {40:tamu/bulan}
dudi s | Amed Lestari Tour and Travel | 51.07 | h=paket wisata budaya ke desa tenun Sidemen dan Tenganan, membawa tamu berbelanja ke perajin {150:tamu/bulan}
dudi s | Toko Daring Wastra Karangasem (marketplace) | 51.07 | h=menjual songket dan endek Karangasem di marketplace, ambil putus dari kelompok {25:lembar/bulan}
pkbm m | PKBM Widya Kerti Kubu | 51.07 | t=tutor kesetaraan {2} | p=warga belajar paket B dan C yang mencari kursus keterampilan {30}
pkbm m | PKBM Sari Mekar Selat | 51.07 | t=tutor keterampilan menenun untuk warga belajar {1} | s=ruang belajar dengan 4 alat tenun cag-cag {4}
smk m | SMK Negeri 1 Amlapura (Kuliner dan Perhotelan) | 51.07 | s=dapur praktik kuliner dengan oven, mixer dan vacuum frying kecil bisa dipakai lembaga mitra dengan jadwal {1} | t=guru produktif kuliner bisa mengajar di lembaga mitra sore hari {1}
smk m | SMK Negeri 1 Sidemen (Kriya Kreatif Tekstil) | 51.07 | t=guru kriya tekstil dan desain motif bisa mendampingi kelompok tenun {1} | s=ruang praktik tenun ATBM dipinjamkan saat libur sekolah {1}
lkp m | LKP Tata Boga Dewi Sri Amlapura | 51.07 | p=kursus tata boga dan kue Bali berbayar {20} | h=penyaluran alumni ke hotel di Candidasa {6}
lkp m | LKP Tenun Ikat Endek Karya Sari | 51.07 | p=kursus menenun endek 2 bulan berbayar {10} | h=membeli kain hasil alumni kursus untuk dijual di workshop sendiri {20:lembar/bulan}
ormas m | TP PKK Kabupaten Karangasem | 51.07 | p=kader PKK penggerak {40} | h=bazar UMKM di Lapangan Tanah Aron tiap Minggu pagi {20:produk}
ormas m | Dekranasda Kabupaten Karangasem | 51.07 | h=galeri wastra dan kerajinan, kurasi untuk pameran Bali Bangkit dan Inacraft {30:produk} | p=pelatihan desain kerajinan dan wastra {20}
ormas m | Majelis Desa Adat Kabupaten Karangasem | 51.07 | p=menggerakkan krama desa adat mengikuti pelatihan {50}
ormas m | Pokdarwis Desa Sidemen | 51.07 | h=tamu desa wisata diajak belanja ke rumah penenun anggota Pokdarwis {100:tamu/bulan} | t=pemandu lokal {3}
tokoh_masyarakat m | Ni Wayan Rai (penenun songket senior Sidemen) | 51.07 | t=mau mengajari motif songket dan pewarnaan alam kepada penenun muda {1}
tokoh_masyarakat m | I Ketut Suarta (pengolah salak senior Sibetan) | 51.07 | t=mau mengajari membuat kurma salak dan manisan salak di PKBM, sore hari {1}
koperasi m | Koperasi Wanita Srikandi Bebandem | 51.07 | d=simpan pinjam khusus anggota {Rp 120.000.000} | s=rumah produksi koperasi dengan vacuum frying, hanya untuk anggota {1}
bumdes m | BUMDes Mekar Sari Desa Sibetan | 51.07 | s=rumah produksi olahan salak dengan vacuum frying dan spinner, bisa disewa per hari oleh kelompok {1} | h=kios oleh-oleh di agrowisata salak Sibetan {30:produk}
dudi s | Galeri Songket Putri Selat | 51.07 tidak | h=membeli songket dan endek dari penenun Selat dan Sidemen {30:lembar/bulan}
lkp m | LKP Olahan Salak Sari Boga Bebandem | 51.07 tidak | t=instruktur pengolahan salak {1} | s=dapur produksi dengan vacuum frying {1}
dudi s | Warung Kain Bu Komang | 51.07 x | h=bisa titip
ormas m | Sekaa Teruna Banjar Kangin | 51.07 x | p=pelatihan
dudi s | Pedagang Kain Pasar Seni Semarapura | 51.05 | h=membeli songket dan endek dari penenun Karangasem dan Klungkung {50:lembar/bulan}
lkp m | LKP Boga Buah Bangli | 51.06 | t=instruktur pengolahan keripik buah dan dodol bisa datang ke lembaga mitra seminggu sekali {1}
dudi s | Butik Tenun Ubud | 51.04 | h=titip jual tenun ikat Bali, bagi hasil 30 % {20:lembar}
perguruan_tinggi m | Fakultas Teknologi Pertanian Universitas Udayana | 51.03 | t=dosen pendamping pengolahan salak dan uji umur simpan {2} | p=pelatihan keamanan pangan bagi UMKM binaan {25}
perguruan_tinggi m | Institut Seni Indonesia Denpasar (Prodi Kriya) | 51.71 | t=dosen desain motif tenun bisa mendampingi kelompok lewat KKN tiap Juli {2}
dudi s | Pedagang Kain Pasar Kumbasari Denpasar | 51.71 | h=membeli songket dan endek dari berbagai daerah di Bali {100:lembar/bulan}
dudi s | Pusat Oleh-oleh Khas Bali Denpasar | 51.71 | h=membeli putus makanan khas Bali termasuk olahan salak {400:bungkus/bulan}
blk g | UPTD Balai Latihan Kerja Provinsi Bali | 51.71 | t=instruktur pengolahan pangan {2} | p=pelatihan pengolahan hasil pertanian 160 JP {16}
dudi s | Toko Tenun Sasak Mataram | 52.71 | h=titip jual tenun songket Lombok dan Bali {20:lembar}
donor s | Program Hibah Wastra Nusantara (seleksi nasional) | 31.74 | d=hibah modal kerja bagi kelompok penenun tradisional seluruh Indonesia, proposal daring {Rp 25.000.000}
dudi s | Eksportir Tekstil Tradisional Jakarta | 31.74 | h=membeli songket dan endek Karangasem tiap bulan, dikirim ekspedisi {30:lembar/bulan}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 2. Sumatera Utara: Kabupaten Labuhanbatu (12.10)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_labuhanbatu",
        "LBT",
        "Rincian Sumbangsih Mitra",
        """
dinas g | Dinas Tenaga Kerja Kabupaten Labuhanbatu | 12.10 | p=pelatihan berbasis kompetensi di UPT BLK Rantauprapat: las, otomotif, menjahit, operator komputer {64} | h=bursa kerja dan info lowongan perkebunan dan PKS {200}
dinas g | Dinas Koperasi dan UKM Kabupaten Labuhanbatu | 12.10 | d=dana bergulir bagi koperasi dan kelompok usaha binaan, jasa 3 % per tahun, maks Rp 40 jt per kelompok {Rp 500.000.000} | p=pelatihan manajemen usaha dan pemasaran daring {40}
dinas g | Dinas Perindustrian dan Perdagangan Kab. Labuhanbatu | 12.10 | h=memfasilitasi pameran dan temu usaha IKM kerajinan dengan pembeli dari Medan, tanpa membeli produk | p=bimtek desain kerajinan lidi dan anyaman {25}
dinas g | Dinas Perkebunan dan Peternakan Kabupaten Labuhanbatu | 12.10 | t=penyuluh perkebunan sawit dan karet {3} | p=sekolah lapang budidaya sawit rakyat bagi kelompok tani {30}
dinas g | Dinas Sosial Kabupaten Labuhanbatu | 12.10 | d=bantuan KUBE bagi keluarga penerima PKH di DTKS {Rp 20.000.000}
dinas g | Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kab. Labuhanbatu | 12.10 | d=bantuan modal bagi kelompok perempuan pelaku usaha mikro, seleksi proposal, maks Rp 15 jt per kelompok {Rp 75.000.000} | p=pelatihan kewirausahaan perempuan {30}
dinas g | Cabang Dinas Pendidikan Provinsi Sumatera Utara Wilayah Labuhanbatu | 12.10 | p=fasilitasi MoU prakerin SMK dengan DUDI, tanpa menempatkan siswa {10} | t=pengawas SMK {1}
blk g | UPT BLK Rantauprapat | 12.10 | t=instruktur las dan otomotif {2} | s=bengkel las dan otomotif {1} | p=pelatihan las SMAW 240 JP {16}
donor m | BAZNAS Kabupaten Labuhanbatu | 12.10 | d=zakat produktif berupa modal dan alat usaha bagi mustahik dan kelompok usaha mustahik {Rp 300.000.000}
donor s | Bank Sumut Cabang Rantauprapat | 12.10 | d=KUR mikro dan kredit usaha kelompok sampai Rp 50 jt {Rp 3 M}
donor s | CSR PT Perkebunan Bilah Lestari (PKS Aek Nabara) | 12.10 | d=bantuan modal usaha bagi desa ring 1 kebun dan PKS di Kecamatan Bilah Hulu {Rp 250.000.000} | p=pelatihan kerajinan limbah sawit bagi ibu-ibu desa ring 1 Bilah Hulu {30}
donor s | TJSL PT Agro Nusa Plantation (Kebun Membang Muda) | 12.10 | d=bantuan modal bagi UMKM desa ring 1 kebun di Kecamatan Kualuh Hulu, Labuhanbatu Utara {Rp 200.000.000}
donor s | CSR PT Kilang Minyak Sawit Rantau Selatan | 12.10 | d=bantuan modal dan alat usaha bagi kelompok perempuan di Kelurahan Sigambal dan Ujung Bandar, Kecamatan Rantau Selatan (ring 1 pabrik) {Rp 150.000.000}
donor m | LAZ Peduli Umat Labuhanbatu | 12.10 | d=qardhul hasan bagi pedagang Pasar Gelugur Rantauprapat, maks Rp 3 jt per orang {Rp 50.000.000}
donor m | Yayasan Sawit Rakyat Sejahtera | 12.10 | t=pendamping usaha dan desain produk dari limbah sawit {1} | d=hibah alat dan modal bagi kelompok petani sawit swadaya bersertifikat ISPO {Rp 40.000.000}
dudi s | PT Perkebunan Sawit Labuhan Jaya (Kebun Bilah) | 12.10 | p=prakerin siswa SMK agribisnis sawit 3 bulan di afdeling: pembibitan, perawatan, panen {8} | h=rekrut lulusan SMK sebagai mandor panen dan krani {10}
dudi s | PKS PT Sinar Bilah Palm Oil Mill | 12.10 | p=prakerin siswa SMK 3 bulan di pabrik kelapa sawit, stasiun rebusan sampai klarifikasi, wajib APD {6} | h=rekrut operator rebusan dan press {8}
dudi s | CV Karya Lidi Nusantara Rantauprapat | 12.10 | h=membeli putus piring lidi dan keranjang lidi sawit dari kelompok perajin {2000:buah/bulan}
dudi s | Pengepul Lidi Sawit Bilah Barat | 12.10 | h=membeli lidi sawit mentah yang sudah dibersihkan untuk dikirim ke Medan {3:ton/bulan}
dudi s | Toko Oleh-oleh Khas Labuhanbatu Jl. Sisingamangaraja | 12.10 | h=membeli putus dodol, keripik dan kerajinan lidi untuk oleh-oleh {300:produk/bulan}
dudi s | Rumah Makan Pondok Bilah | 12.10 | h=membeli piring lidi untuk alas makan pelanggan {300:buah/bulan}
dudi s | Bengkel Alat Berat dan Traktor Rantau Teknik | 12.10 | p=magang mekanik alat berat dan traktor kebun {3} | h=rekrut mekanik {2}
dudi s | Toko Pupuk dan Bibit Sawit Tani Makmur | 12.10 | s=jual bibit sawit bersertifikat, pupuk dan pestisida
dudi s | Penangkar Bibit Sawit Bilah Hulu | 12.10 | p=terima siswa PKL pembibitan selama 1 bulan {4}
dudi s | PT Karet Bilah Crumb Rubber | 12.10 | p=PKL siswa di pabrik karet remah {4} | h=rekrut operator pabrik karet {5}
dudi s | Toko Daring Kerajinan Sumatera (marketplace, Rantauprapat) | 12.10 | h=menjual sapu lidi, piring lidi dan anyaman di marketplace, ambil putus dari kelompok {500:buah/bulan}
smk m | SMK Negeri 1 Bilah Hulu (Agribisnis Tanaman Perkebunan) | 12.10 | p=siswa yang mencari tempat prakerin di kebun {30}
lkp m | LPK Sawit Mandiri Rantauprapat | 12.10 | p=kursus mandor panen dan grading TBS berbayar, penempatan magang peserta kursus di kebun jaringan {15} | h=penyaluran alumni ke perkebunan mitra {10}
lkp m | LKP Anyaman Kreatif Bunda | 12.10 | p=kursus anyaman lidi dan pandan berbayar {15} | h=membeli anyaman hasil alumni kursus {100:buah/bulan}
pkbm m | PKBM Harapan Bangsa Rantau Selatan | 12.10 | t=tutor keterampilan anyaman {1} | p=membuka kelas anyaman lidi bersama kelompok perempuan sekitar, tanpa biaya {20}
perguruan_tinggi m | Universitas Labuhanbatu (Fakultas Pertanian) | 12.10 | t=dosen agroteknologi sawit bisa menjadi guru tamu SMK {2} | p=pelatihan budidaya sawit bagi kelompok tani {30}
ormas m | TP PKK Kabupaten Labuhanbatu | 12.10 | p=kader PKK penggerak {40} | h=bazar UMKM di Lapangan Ika Bina Rantauprapat tiap Minggu pagi {20:produk}
ormas m | Dekranasda Kabupaten Labuhanbatu | 12.10 | h=galeri kerajinan daerah dan kurasi untuk pameran di Medan dan Inacraft {30:produk} | p=pelatihan desain kerajinan {20}
ormas m | Asosiasi Petani Sawit Swadaya Labuhanbatu | 12.10 | t=ketua kelompok tani berpengalaman bisa menjadi narasumber di sekolah {3} | p=pelatihan panen dan perawatan sawit bagi anggota {30}
ormas m | Paguyuban Pujakesuma Labuhanbatu | 12.10 | p=menggerakkan warga ikut pelatihan {40}
tokoh_masyarakat m | Ibu Rosmawati Siregar (perajin piring lidi senior) | 12.10 | t=mau mengajari anyaman piring lidi bermotif {1}
tokoh_masyarakat m | Pak Sutrisno (mantan asisten kebun) | 12.10 | t=mau menjadi guru tamu tentang panen dan perawatan sawit di SMK {1}
koperasi m | Koperasi Produsen Sawit Rakyat Bilah Hulu | 12.10 | d=pinjaman khusus anggota petani {Rp 200.000.000} | p=terima siswa praktik di kebun anggota selama 2 minggu {6}
koperasi m | Koperasi Wanita Melati Sigambal | 12.10 | d=simpan pinjam anggota dengan angsuran mingguan {Rp 100.000.000} | h=warung koperasi menjual produk anggota {20:produk}
bumdes m | BUMDes Maju Bersama Desa Sei Tampang | 12.10 | h=membeli sapu lidi warga Desa Sei Tampang untuk dijual ke pasar {500:buah/bulan}
dudi s | PT Sawit Bilah Permai (Kebun Pangkatan) | 12.10 tidak | p=prakerin siswa SMK agribisnis 3 bulan {10} | h=rekrut lulusan {8}
donor m | Yayasan Perempuan Bilah Berdaya | 12.10 tidak | d=hibah modal usaha kelompok perempuan perajin {Rp 35.000.000}
dudi s | Kebun Pak Lubis | 12.10 x | p=bisa PKL
ormas m | Perwiritan Ibu-ibu Aek Paing | 12.10 x | d=ada
dudi s | PT Perkebunan Kualuh Hulu | 12.23 | p=prakerin siswa agribisnis sawit di kebun Aek Kanopan, mess disediakan {6}
dudi s | Pengusaha Kerajinan Lidi Kotapinang | 12.22 | h=membeli piring lidi dari perajin sekitar untuk dikirim ke Medan {1000:buah/bulan}
dudi s | Toko Kerajinan Kisaran | 12.09 | h=titip jual kerajinan khas Asahan {30:produk}
dinas g | Dinas Tenaga Kerja Provinsi Sumatera Utara | 12.71 | p=pemagangan dalam negeri bagi lulusan SMK di perusahaan perkebunan se-Sumatera Utara, diusulkan sekolah {40}
dinas g | Dinas Koperasi dan UKM Provinsi Sumatera Utara | 12.71 | d=hibah modal bagi kelompok usaha perempuan se-Sumatera Utara, seleksi proposal {Rp 25.000.000}
dudi s | Eksportir Kerajinan Lidi Sawit Medan | 12.71 | h=membeli piring lidi dari kelompok di Labuhanbatu dan Asahan, dijemput truk {3000:buah/bulan}
perguruan_tinggi m | Akademi Komunitas Perkebunan Medan | 12.71 | p=magang industri bagi siswa SMK mitra di kebun binaan kampus di Deli Serdang {10}
dudi s | PT Sawit Riau Makmur | 14.71 | p=magang 6 bulan siswa SMK agribisnis di kebun Riau, mess dan uang saku {10}
donor s | Program Hibah Kerajinan Hijau Nusantara (seleksi nasional) | 31.74 | d=hibah modal kerja bagi kelompok perajin berbahan limbah pertanian dan perkebunan se-Indonesia, proposal daring {Rp 30.000.000}
dudi s | Pusat Kerajinan Nusantara Jakarta | 31.74 | h=membeli anyaman dari perajin seluruh Indonesia lewat kurasi {100:produk/bulan}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 3. Maluku Utara: Kabupaten Halmahera Selatan (82.04)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_halmahera_selatan",
        "HSL",
        "Wujud Dukungan yang Siap Diberikan",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Halmahera Selatan | 82.04 | p=pelatihan kerja di Labuha: operator alat berat, las, tata boga, menjahit {48} | h=bursa kerja dan pendataan kebutuhan tenaga kerja kawasan industri nikel Pulau Obi {300}
dinas g | Dinas Koperasi dan UKM Kab. Halmahera Selatan | 82.04 | d=dana bergulir bagi koperasi dan KUB binaan, jasa 3 % per tahun {Rp 400.000.000} | p=pendampingan PIRT, halal dan kemasan {40}
dinas g | Dinas Perindustrian dan Perdagangan Kab. Halmahera Selatan | 82.04 | s=rumah produksi IKM kelapa di Labuha dengan mesin parut, press dan pengering, bisa dipakai IKM binaan terjadwal {1} | h=memfasilitasi IKM bertemu pembeli di Ternate, tanpa membeli produk
dinas g | Dinas Pertanian Kabupaten Halmahera Selatan | 82.04 | t=penyuluh perkebunan kelapa, pala dan cengkih {3} | s=bantuan oven pengering kopra putih bagi kelompok tani terdaftar Simluhtan, lewat proposal {4}
dinas g | Dinas Kelautan dan Perikanan Kab. Halmahera Selatan | 82.04 | s=bantuan cool box dan mesin ketinting bagi KUB nelayan {20} | t=penyuluh perikanan {2}
dinas g | Dinas Sosial Kabupaten Halmahera Selatan | 82.04 | d=bantuan KUBE bagi keluarga penerima PKH di DTKS {Rp 20.000.000}
dinas g | Dinas Pendidikan Kab. Halmahera Selatan (Bidang PNF) | 82.04 | d=BOP kesetaraan dan dana PKW bagi PKBM dan LKP terakreditasi, lewat proposal {Rp 50.000.000}
blk g | UPTD BLK Halmahera Selatan (Labuha) | 82.04 | t=instruktur operator alat berat bersertifikat {1} | s=1 unit excavator dan simulator alat berat, bisa dipakai LPK mitra di luar jadwal {2} | p=pelatihan operator excavator 240 JP {16}
donor m | BAZNAS Kabupaten Halmahera Selatan | 82.04 | d=zakat produktif berupa modal dan alat usaha bagi mustahik dan kelompok usaha mustahik {Rp 200.000.000}
donor s | Bank Maluku Malut Cabang Labuha | 82.04 | d=KUR mikro sampai Rp 50 jt {Rp 2 M}
donor s | TJSL PT Nikel Obi Mineral (kawasan industri Kawasi) | 82.04 | d=beasiswa pelatihan bagi pemuda desa ring 1 di Desa Kawasi, Soligi dan Buton, Kecamatan Obi {Rp 500.000.000} | p=OJT operator alat berat dan dump truck bagi pemuda ring 1 Obi {40} | h=rekrut operator bersertifikat SIO {100}
donor s | CSR PT Bacan Emas Mineral | 82.04 | d=bantuan modal usaha bagi warga desa lingkar tambang di Kecamatan Bacan Barat Utara {Rp 150.000.000}
donor s | CSR PLN ULP Labuha | 82.04 | s=hibah mesin parut, press dan pengering listrik bagi UMKM pengolah kelapa binaan terpilih di Halmahera Selatan {3}
donor m | LAZ Saruma Peduli | 82.04 | d=qardhul hasan bagi pedagang Pasar Labuha, maks Rp 3 jt per orang {Rp 50.000.000}
dudi s | CV Kelapa Bacan Lestari | 82.04 | h=membeli kopra putih dan VCO dari kelompok pengolah {500:liter/bulan}
dudi s | Pedagang Pengumpul Kopra Pelabuhan Babang | 82.04 | h=membeli kopra hitam (kopra asap) dari petani untuk dikirim ke Surabaya {20:ton/bulan}
dudi s | Toko Mesin dan Alat Teknik Labuha Jaya | 82.04 | s=jual mesin parut kelapa, press hidrolik dan genset, bisa kredit
dudi s | Bengkel Las dan Bubut Bacan Teknik | 82.04 | s=membuat oven pengering kopra dan alat press pesanan dengan harga produksi
dudi s | PT Kontraktor Tambang Obi Jaya | 82.04 | p=OJT operator excavator dan dump truck 3 bulan di site Pulau Obi bagi lulusan LPK bersertifikat dasar, mess disediakan {15} | h=rekrut operator {30}
dudi s | CV Alat Berat Saruma | 82.04 | s=sewa excavator dan loader per jam dengan operator {3} | p=terima 2 peserta OJT operator di proyek jalan Labuha {2}
dudi s | PT Kontraktor Jalan dan Jembatan Halsel | 82.04 | p=magang operator alat berat dan juru ukur di proyek jalan trans Bacan {6} | h=rekrut operator {5}
dudi s | Galangan Kapal Kayu Labuha | 82.04 | p=magang tukang kapal {3}
dudi s | Bengkel Speedboat dan Mesin Tempel Labuha | 82.04 | p=magang mekanik mesin tempel {2}
dudi s | Hotel Labuha Indah | 82.04 | h=membeli minyak kelapa dan VCO untuk dapur dan spa {20:liter/bulan}
dudi s | Toko Oleh-oleh Batu Bacan dan Kenari Labuha | 82.04 | h=membeli putus kenari, halua kenari, VCO botol kecil dan batu bacan {100:produk/bulan}
dudi s | Ekspedisi Kargo Labuha-Ternate | 82.04 | h=mengirim produk UMKM ke Ternate dengan tarif khusus
smk m | SMK Negeri 1 Halmahera Selatan (Teknik Alat Berat) | 82.04 | p=siswa yang mencari tempat prakerin alat berat {30} | s=1 unit excavator mini praktik, bisa dipakai LPK mitra hari Sabtu {1}
smk m | SMK Negeri 2 Halmahera Selatan (Agribisnis Pengolahan Hasil Pertanian) | 82.04 | s=ruang produksi dengan mesin parut dan press kelapa, bisa dipakai kelompok masyarakat terjadwal {1} | t=guru APHP {1}
lkp m | LPK Alat Berat Nusantara Labuha | 82.04 | p=kursus operator excavator berbayar dan penempatan OJT peserta sendiri di site jaringan {20}
lkp m | LKP Tata Boga Saruma | 82.04 | p=kursus olahan kelapa dan kue berbayar {15}
pkbm m | PKBM Bacan Cerdas | 82.04 | p=warga belajar yang mencari pelatihan keterampilan {20}
perguruan_tinggi m | Sekolah Tinggi Teknik Labuha (Prodi Teknik Pertambangan) | 82.04 | s=laboratorium dan simulator alat berat bisa dipakai praktik LPK mitra, berbayar {1}
ormas m | TP PKK Kabupaten Halmahera Selatan | 82.04 | p=kader PKK penggerak {30} | h=bazar UMKM di Taman Kota Labuha tiap Minggu {20:produk}
ormas m | Dekranasda Kabupaten Halmahera Selatan | 82.04 | h=galeri produk unggulan (batu bacan, VCO, kenari), kurasi untuk pameran Ternate dan Jakarta {30:produk}
ormas m | Dewan Adat Kesultanan Bacan | 82.04 | p=menggerakkan warga adat ikut pelatihan {40} | s=ruang pertemuan di kedaton bisa dipakai untuk pelatihan {1}
ormas m | Gapensi Kabupaten Halmahera Selatan | 82.04 | p=menyalurkan peserta magang operator ke kontraktor anggota {20} | h=info lowongan proyek
tokoh_masyarakat m | Mama Nurlela (pembuat VCO senior Amasing) | 82.04 | t=mau mengajari cara membuat VCO dengan fermentasi {1}
tokoh_masyarakat m | Pak Yusuf Duwila (mantan operator alat berat senior) | 82.04 | t=mau menjadi instruktur tamu operator excavator di LPK {1}
koperasi m | Koperasi Produsen Kelapa Bacan | 82.04 | d=pinjaman khusus anggota {Rp 150.000.000} | s=mesin pengering kopra putih koperasi untuk anggota {2} | h=membeli kopra putih anggota {10:ton/bulan}
bumdes m | BUMDes Amasing Kali Sejahtera | 82.04 | s=rumah pengering kopra putih dan mesin press milik desa, dipinjamkan kepada kelompok di Desa Amasing Kali dengan iuran listrik {1}
dudi s | PT Kontraktor Bacan Mandiri | 82.04 tidak | p=OJT operator alat berat 3 bulan di proyek Bacan {10}
donor m | Yayasan Kelapa Maluku Utara | 82.04 tidak | s=hibah mesin press VCO dan pengering bagi kelompok pengolah kelapa di Halsel {3}
dudi s | Toko Pak Hasan | 82.04 x | h=bisa titip
ormas m | Kelompok Nelayan Desa Tomori | 82.04 x | t=ada
dinas g | Dinas Tenaga Kerja dan Transmigrasi Provinsi Maluku Utara | 82.72 | p=pemagangan dalam negeri di perusahaan tambang nikel bagi lulusan LPK yang diusulkan lembaga {40} | d=bantuan biaya sertifikasi kompetensi bagi LPK mitra se-Maluku Utara, lewat proposal {Rp 60.000.000}
dinas g | Dinas Perindustrian dan Perdagangan Provinsi Maluku Utara | 82.72 | s=bantuan mesin pengolahan kelapa bagi IKM se-Maluku Utara lewat proposal {4}
dudi s | PT Pengolahan Kelapa Ternate | 82.71 | h=membeli VCO curah dari kelompok di Halmahera dan Bacan, dijemput di pelabuhan {1000:liter/bulan}
blk g | UPTD BLK Provinsi Maluku Utara (Ternate) | 82.71 | t=instruktur alat berat {2} | p=pelatihan operator alat berat 240 JP {16}
perguruan_tinggi m | Universitas Khairun (Fakultas Pertanian) | 82.71 | t=dosen teknologi pangan pendamping VCO {2} | p=pelatihan pembuatan VCO standar SNI di lokasi KKN Halmahera Selatan {30}
dudi s | Toko Oleh-oleh Ternate | 82.71 | h=titip jual olahan khas Ternate {30:produk}
dudi s | PT Tambang Nikel Weda | 82.02 | p=OJT operator alat berat bagi lulusan LPK se-Maluku Utara, mess disediakan {20}
dudi s | Pabrik Minyak Kelapa Bitung | 71.72 | h=membeli kopra dan minyak kelapa dari Maluku Utara {50:ton/bulan}
donor s | Program Hibah Alat Produksi Kelapa Terpadu (seleksi nasional) | 31.74 | s=hibah mesin pengolahan kelapa terpadu (parut, press VCO, pengering) bagi kelompok pengolah se-Indonesia, seleksi proposal {3}
donor s | Dana Beasiswa Pelatihan Vokasi Nasional | 31.74 | d=beasiswa biaya pelatihan dan uji kompetensi bagi peserta LPK terakreditasi se-Indonesia, pendaftaran daring {Rp 100.000.000}
dudi s | Kontraktor Tambang Nasional Jakarta | 31.74 | p=program OJT operator alat berat di site Sulawesi dan Kalimantan {20}
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
