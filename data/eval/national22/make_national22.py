"""Write the twenty-second held-out national evaluation directories of mitramatch, in three shapes each.

Everything written here is fictional: the institutions, the people, their offers, capacities,
visions and track records. Government offices, BAZNAS, Bank daerah and PKK teams carry the
standard nomenclature of such bodies (for example "Dinas Tenaga Kerja Kabupaten Buleleng"); what
they offer here is invented and says nothing about the real offices. Region codes, regency names
and representative coordinates are real, copied from shared/data/wilayah (github.com/cahyadsn/wilayah,
MIT licence, Copyright (c) Cahya DSN, and cahyadsn/wilayah_boundaries for the points).


The line format and the machinery are those of ../national17/make_national17.py (copied; it
came from ../national5/make_national5.py), with a new seed, new regions and new directories.
Every partner is one hand-written line in a directory block::
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

    python3 data/eval/national22/make_national22.py

The grades in judgements.csv were judged by reading the files this script writes; changing a
partner line or the seed invalidates them.
"""

from __future__ import annotations

import csv
import math
import random
import re
from pathlib import Path

SEED = 20321122
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
    "51.08": ("Kabupaten Buleleng", -8.20095, 114.96091),
    "51.01": ("Kabupaten Jembrana", -8.31312, 114.68289),
    "51.02": ("Kabupaten Tabanan", -8.43023, 115.07827),
    "51.06": ("Kabupaten Bangli", -8.29312, 115.34729),
    "51.07": ("Kabupaten Karangasem", -8.37427, 115.52989),
    "51.71": ("Kota Denpasar", -8.66836, 115.22082),
    "52.71": ("Kota Mataram", -8.59015, 116.11096),
    "61.06": ("Kabupaten Kapuas Hulu", 0.8256, 112.80355),
    "61.05": ("Kabupaten Sintang", 0.0926, 112.05439),
    "61.10": ("Kabupaten Melawi", -0.63044, 111.7246),
    "61.71": ("Kota Pontianak", -0.02578, 109.3317),
    "64.72": ("Kota Samarinda", -0.50028, 117.17706),
    "13.10": ("Kabupaten Dharmasraya", -1.13123, 101.55722),
    "13.11": ("Kabupaten Solok Selatan", -1.42359, 101.26768),
    "13.03": ("Kabupaten Sijunjung", -0.69051, 101.09615),
    "13.71": ("Kota Padang", -0.89887, 100.43764),
    "15.08": ("Kabupaten Bungo", -1.59158, 101.92711),
    "14.09": ("Kabupaten Kuantan Singingi", -0.47417, 101.50592),
    "31.74": ("Kota Administrasi Jakarta Selatan", -6.2726, 106.81004),
}

# Province names as the canonical shape writes them (provinsi.csv; DKI as lists write it).
PROVINCES = {
    "13": "Sumatera Barat",
    "14": "Riau",
    "15": "Jambi",
    "31": "DKI Jakarta",
    "51": "Bali",
    "52": "Nusa Tenggara Barat",
    "61": "Kalimantan Barat",
    "64": "Kalimantan Timur",
}
# How official UPPER CASE lists write provinces: full name first, then the short forms people use.
KAPITAL_PROVINCES = {
    "13": ["SUMATERA BARAT", "SUMBAR", "PROV. SUMATERA BARAT", "SUMATRA BARAT"],
    "14": ["RIAU", "PROV. RIAU"],
    "15": ["JAMBI", "PROV. JAMBI"],
    "31": ["DKI JAKARTA", "DKI"],
    "51": ["BALI", "PROV. BALI", "PROVINSI BALI"],
    "52": ["NUSA TENGGARA BARAT", "NTB"],
    "61": ["KALIMANTAN BARAT", "KALBAR", "PROV. KALBAR", "PROVINSI KALIMANTAN BARAT"],
    "64": ["KALIMANTAN TIMUR", "KALTIM"],
}
# Older, shortened or misspelt regency names people still write (used by the kapital shape,
# alongside the standard KAB. X / KOTA X form). A leading "!" means: always use the variants.
KAPITAL_VARIANTS = {
    "51.08": [
        "!",
        "KAB. BULELENG",
        "BULELENG",
        "KAB BULELENG",
        "KAB. BULELENG (SINGARAJA)",
        "SINGARAJA",
        "BULELENG - BALI",
    ],
    "51.01": ["JEMBRANA", "KAB. JEMBRANA (NEGARA)", "NEGARA"],
    "51.02": ["TABANAN"],
    "51.06": ["BANGLI", "KINTAMANI"],
    "51.07": ["KARANGASEM", "AMLAPURA"],
    "51.71": ["DENPASAR", "KODYA DENPASAR"],
    "52.71": ["MATARAM"],
    "61.06": [
        "!",
        "KAB. KAPUAS HULU",
        "KAPUAS HULU",
        "KAPUASHULU",
        "KAB. KAPUAS HULU (PUTUSSIBAU)",
        "PUTUSSIBAU",
        "PUTUS SIBAU",
    ],
    "61.05": ["SINTANG", "KAB. SINTANG"],
    "61.10": ["MELAWI", "NANGA PINOH"],
    "61.71": ["PONTIANAK", "KODYA PONTIANAK"],
    "64.72": ["SAMARINDA"],
    "13.10": [
        "!",
        "KAB. DHARMASRAYA",
        "DHARMASRAYA",
        "DHARMAS RAYA",
        "DARMASRAYA",
        "KAB. DHARMASRAYA (PULAU PUNJUNG)",
        "PULAU PUNJUNG",
    ],
    "13.11": ["SOLOK SELATAN", "SOLSEL", "KAB. SOLOK SELATAN (PADANG ARO)"],
    "13.03": ["SIJUNJUNG", "SAWAHLUNTO SIJUNJUNG"],
    "13.71": ["PADANG", "KODYA PADANG"],
    "15.08": ["BUNGO", "MUARA BUNGO"],
    "14.09": ["KUANSING", "KUANTAN SINGINGI", "TELUK KUANTAN"],
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
# 1. Bali: Kabupaten Buleleng (51.08)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_buleleng",
        "BLL",
        "Peran yang Bisa Diambil Lembaga",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Buleleng | 51.08 | p=pelatihan berbasis kompetensi: tata boga hotel, bartender, spa therapist, las listrik {64} | h=bursa kerja hotel Lovina dan Pemuteran, penyaluran ke kapal pesiar {150}
dinas g | Dinas Koperasi dan UKM Kabupaten Buleleng | 51.08 | d=pinjaman dana bergulir bagi kelompok usaha dan koperasi binaan, jasa 3 % per tahun, maks Rp 25 jt per kelompok {Rp 400.000.000} | p=pendampingan NIB, PIRT dan sertifikasi halal gratis {40}
dinas g | Dinas Perindustrian dan Perdagangan Kabupaten Buleleng | 51.08 | s=bantuan alat tenun bukan mesin (ATBM) bagi IKM tenun yang terdaftar di SIINas, lewat proposal {10} | p=pelatihan desain motif endek dan pewarnaan alam bagi IKM {20} | h=temu bisnis dan kurasi ke pasar modern, tanpa membeli
dinas g | Dinas Pertanian Kabupaten Buleleng (Bidang Hortikultura) | 51.08 | t=penyuluh budidaya anggur dan jeruk {2} | s=bantuan alat pengolah buah (blender industri, panci stainless, pasteurizer) bagi Poktan dan KWT terdaftar Simluhtan {3}
dinas g | Dinas Pariwisata Kabupaten Buleleng | 51.08 | t=narasumber sadar wisata dan pemandu desa wisata {2} | h=stan UMKM di Buleleng Festival dan Lovina Festival {30:produk}
dinas g | Dinas Kebudayaan Kabupaten Buleleng | 51.08 | t=pamong budaya pendamping sekaa seni dan kerajinan {2} | d=hibah bagi sanggar seni dan sekaa gong yang terdaftar, lewat desa adat {Rp 25.000.000}
dinas g | Dinas Pendidikan, Pemuda dan Olahraga Kab. Buleleng (Bidang PNF) | 51.08 | d=BOP Kesetaraan dan PKW bagi PKBM terakreditasi {Rp 15.000.000} | p=bimtek tutor dan pengelola PKBM {30}
blk g | UPTD BLK Kabupaten Buleleng (Singaraja) | 51.08 | t=instruktur menjahit dan garmen bersertifikat, bisa diperbantukan ke lembaga mitra {2} | p=pelatihan menjahit pakaian 240 JP {16} | s=ruang jahit dengan 16 mesin jahit, bisa dipinjam hari Sabtu {1}
donor m | BAZNAS Kabupaten Buleleng | 51.08 | d=zakat produktif berupa modal dan alat usaha bagi mustahik dan kelompok usaha mustahik {Rp 250.000.000}
donor s | BPD Bali Cabang Singaraja | 51.08 | d=KUR mikro dan kredit usaha perempuan sampai Rp 50 jt tanpa agunan tambahan {Rp 3 M}
donor s | CSR PLTU Celukan Bawang | 51.08 | d=bantuan modal usaha dan peralatan bagi warga ring 1 di Desa Celukan Bawang, Tinga-Tinga dan Pengulon, Kecamatan Gerokgak {Rp 200.000.000} | p=pelatihan kewirausahaan warga ring 1 {30}
donor m | LPD Desa Adat Banyupoh | 51.08 | d=kredit usaha bagi krama desa adat Banyupoh, bunga 1 % per bulan {Rp 300.000.000}
donor m | Yayasan Wastra Bali Lestari | 51.71 | t=instruktur pewarna alam dan tenun ikat bisa datang ke Buleleng dua minggu sekali {1} | s=hibah ATBM dan alat ikat benang bagi sanggar tenun pemula di Bali Utara {4}
donor s | Program Hibah Wastra Nusantara (seleksi nasional) | 31.74 | s=hibah alat tenun dan benang bagi kelompok penenun tradisional seluruh Indonesia, seleksi proposal daring {3}
dudi s | Pusat Oleh-oleh Khas Buleleng Jl. Ngurah Rai Singaraja | 51.08 | h=membeli putus sirup anggur, dodol, kopi Banyuatis dan keripik dari produsen rumahan ber-PIRT {600:botol/bulan}
dudi s | Toko Oleh-oleh Lovina Dolphin | 51.08 | h=titip jual olahan khas Buleleng: sirup dan selai anggur, salak, garam Tejakula, bagi hasil 20 % {40:produk}
dudi s | Hotel dan Resto Pantai Kalibukbuk Lovina | 51.08 | h=memesan jus anggur dan selai untuk sarapan tamu {60:botol/bulan} | p=PKL siswa perhotelan {4}
dudi s | Pengepul Anggur Segar Seririt | 51.08 | h=membeli anggur segar dari petani Banyupoh, Patas dan Seririt untuk dikirim ke Denpasar {3:ton/minggu}
dudi s | Toko Botol dan Kemasan Singaraja | 51.08 | s=jual botol kaca, botol PET, segel dan cetak label, bisa cicil untuk kelompok
dudi s | Winery Anggur Bali Utara | 51.08 | h=membeli anggur Alphonso Lavallee dari petani kontrak untuk wine {10:ton/bulan} | p=magang produksi wine, hanya untuk calon karyawan {2}
dudi s | Swalayan Bali Utara Singaraja | 51.08 | h=konsinyasi produk UMKM berlabel PIRT atau halal dan berbarcode {40:produk}
dudi s | Reseller Oleh-oleh Buleleng Online | 51.08 | h=menjual sirup anggur, kopi dan kerajinan Buleleng di marketplace, ambil putus dari kelompok {300:botol/bulan}
dudi s | Pengusaha Kain Endek Beratan | 51.08 | h=membeli kain endek dan songket dari penenun rumahan Beratan dan Jinengdalem {80:lembar/bulan} | t=penenun senior mengajar motif endek di gerai sendiri, peserta datang ke Beratan {1}
dudi s | Toko Benang dan Alat Tenun Pasar Anyar Singaraja | 51.08 | s=jual benang katun, benang emas songket, pewarna dan alat ikat, eceran dan grosir
dudi s | Art Shop Tenun Ikat Sinar Nadi | 51.08 | h=titip jual kain tenun ikat dan selendang di galeri, bagi hasil 25 % {30:lembar}
dudi s | Dive Center Pemuteran Reef | 51.08 | p=magang asisten dive guide bagi pemegang sertifikat selam {2}
dudi s | Konveksi Seragam Endek Singaraja | 51.08 | h=membeli kain endek dari penenun untuk seragam kantor dan sekolah {200:meter/bulan} | p=magang menjahit seragam bagi lulusan kursus {4}
pkbm m | PKBM Widya Kerti Sawan | 51.08 | t=tutor kesetaraan dan tutor menjahit {2} | s=ruang kelas {1}
pkbm m | PKBM Tunas Harapan Seririt | 51.08 | p=warga belajar paket B dan C yang mencari tempat praktik tenun {20}
smk m | SMK Negeri 1 Sukasada (Agribisnis Pengolahan Hasil Pertanian) | 51.08 | s=ruang produksi olahan buah dan pasteurisasi bisa dipakai kelompok warga dengan jadwal {1} | t=guru produktif APHP {1}
smk m | SMK Negeri 3 Singaraja (Kriya Kreatif Tekstil) | 51.08 | t=guru kriya tekstil bisa mengajar tenun ikat dasar di lembaga mitra sore hari {1} | s=ATBM sekolah dipinjamkan saat libur sekolah {4}
lkp m | LKP Tenun Ikat Bali Utara | 51.08 | p=kursus tenun ikat 3 bulan berbayar, Rp 2 jt per peserta {10} | h=alumni disalurkan ke perajin jaringan kursus {5}
perguruan_tinggi m | Universitas Pendidikan Ganesha (LPPM, Prodi Pendidikan Seni Rupa) | 51.08 | t=dosen pendamping desain motif tenun dan pewarna alam, sebulan sekali {2} | p=pelatihan desain produk kriya bagi kelompok binaan {20}
perguruan_tinggi m | Universitas Panji Sakti (Fakultas Pertanian) | 51.08 | t=dosen teknologi pangan pendamping uji umur simpan sirup dan selai {2} | p=pelatihan keamanan pangan dan pengurusan izin edar PIRT {25}
ormas m | TP PKK Kabupaten Buleleng | 51.08 | p=kader PKK penggerak {40} | h=bazar UMKM di Taman Kota Singaraja tiap Minggu pagi {20:produk}
ormas m | Dekranasda Kabupaten Buleleng | 51.08 | h=galeri tenun endek dan kerajinan Buleleng, kurasi untuk pameran {30:produk} | p=pelatihan desain motif endek dan songket {20}
ormas m | Sekaa Tenun Songket Beratan | 51.08 | t=penenun senior siap melatih tenun songket dan ikat di luar Beratan bila ada honor transport {3} | h=pemasaran bersama kain anggota {40:lembar/bulan}
tokoh_masyarakat m | Ni Ketut Sumerti (penenun endek senior Jinengdalem) | 51.08 | t=mau mengajar ngikat dan nenun endek dua kali seminggu di PKBM {1}
tokoh_masyarakat m | Pak Made Suarta (petani anggur senior Banyupoh) | 51.08 | t=mau berbagi cara panen anggur supaya tahan lama {1}
koperasi m | Koperasi Wanita Srikandi Gerokgak | 51.08 | d=simpan pinjam anggota dengan angsuran mingguan {Rp 150.000.000} | h=warung koperasi menjual olahan anggota {25:produk}
bumdes m | BUMDes Banyupoh Sejahtera | 51.08 | h=kios oleh-oleh di jalur Pemuteran menjual olahan anggur dan kerajinan warga Banyupoh {40:produk}
bumdes m | BUMDes Jinengdalem Mandiri | 51.08 | s=ruang tenun bersama dengan 6 ATBM untuk warga Jinengdalem {6} | h=etalase kain tenun di kantor BUMDes {20:lembar}
dudi s | Toko Oleh-oleh Anggur Banyupoh | 51.08 tidak | h=membeli sirup dan selai anggur dari kelompok wanita tani {300:botol/bulan}
pusat_karya m | Sanggar Tenun Ikat Puri Singaraja | 51.08 tidak | t=instruktur tenun ikat untuk sekolah dan PKBM {2}
dudi s | Warung Oleh-oleh Gitgit | 51.08 x | h=bisa titip
ormas m | Pokdarwis Desa Les Tejakula | 51.08 x | p=pelatihan
dudi s | Pusat Oleh-oleh Negara Jembrana | 51.01 | h=titip jual olahan khas Jembrana, bagi hasil 25 % {30:produk}
dudi s | Koperasi Kopi Kintamani | 51.06 | h=membeli kopi arabika gelondong dari subak abian {10:ton/musim}
pusat_karya m | Sentra Tenun Ikat Sidemen | 51.07 | t=instruktur tenun ikat bisa datang ke lembaga mitra seminggu sekali {2} | h=membeli kain tenun dari penenun {50:lembar/bulan}
dudi s | Pusat Oleh-oleh Bali Denpasar | 51.71 | h=membeli putus makanan khas Bali Utara (sirup anggur, dodol, kopi) dari produsen ber-PIRT {500:botol/bulan}
dudi s | Distributor Minuman Lombok | 52.71 | h=membeli sirup buah dari produsen NTB {200:botol/bulan}
dudi s | Toko Daring Oleh-oleh Nusantara Jakarta | 31.74 | h=membeli kopi dan oleh-oleh khas Bali, dikirim ekspedisi {300:bungkus/bulan}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 2. Kalimantan Barat: Kabupaten Kapuas Hulu (61.06)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_kapuas_hulu",
        "KPH",
        "Yang Bisa Kami Berikan",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Kapuas Hulu | 61.06 | p=pelatihan kerja: pemandu wisata alam, bahasa Inggris dasar, las, otomotif {48} | h=informasi lowongan kerja perkebunan dan penempatan ke Malaysia lewat PLBN Badau {100}
dinas g | Dinas Koperasi, UKM dan Perdagangan Kabupaten Kapuas Hulu | 61.06 | d=dana bergulir bagi koperasi dan kelompok usaha binaan, maks Rp 30 jt per kelompok, jasa 3 % per tahun {Rp 500.000.000} | p=pendampingan PIRT, halal dan desain kemasan {40}
dinas g | UPT KPH Kapuas Hulu Utara (Dinas LHK Provinsi Kalimantan Barat) | 61.06 | t=penyuluh kehutanan pendamping HHBK madu dan rotan {2} | s=bantuan alat panen madu (pisau stainless, ember food grade, jaring) bagi KTH terdaftar {5} | p=pelatihan panen madu lestari {25}
dinas g | Balai Besar Taman Nasional Betung Kerihun dan Danau Sentarum | 61.06 | t=pendamping masyarakat mitra konservasi {2} | p=pelatihan pemandu ekowisata dan interpretasi alam bagi warga desa penyangga {20}
dinas g | Dinas Sosial Kabupaten Kapuas Hulu | 61.06 | d=bantuan usaha KUBE bagi keluarga penerima PKH yang tercatat di DTKS {Rp 20.000.000}
dinas g | Dinas Pertanian dan Ketahanan Pangan Kabupaten Kapuas Hulu | 61.06 | p=pendampingan PIRT dan keamanan pangan bagi kelompok pengolah {20} | t=penyuluh karet dan kratom {2}
blk g | UPTD BLK Kabupaten Kapuas Hulu (Putussibau) | 61.06 | t=instruktur las dan otomotif {2} | p=pelatihan teknisi sepeda motor 240 JP {16} | s=bengkel praktik bisa dipinjam di luar jadwal {1}
donor m | BAZNAS Kabupaten Kapuas Hulu | 61.06 | d=zakat produktif berupa modal dan alat usaha bagi mustahik dan kelompok usaha mustahik {Rp 200.000.000}
donor s | Bank Kalbar Cabang Putussibau | 61.06 | d=KUR mikro sampai Rp 50 jt dan kredit usaha kelompok {Rp 2 M}
donor m | Credit Union Betang Lestari | 61.06 | d=pinjaman produktif khusus anggota CU yang sudah menabung minimal 6 bulan {Rp 1 M}
donor s | CSR PT Sawit Embaloh Makmur | 61.06 | d=dana kemitraan bagi desa ring 1 kebun di Kecamatan Bunut Hulu dan Boyan Tanjung {Rp 250.000.000}
donor m | Yayasan Riak Sentarum | 61.06 | d=hibah usaha lestari bagi kelompok masyarakat di kawasan penyangga Danau Sentarum, termasuk madu hutan dan ikan {Rp 150.000.000} | t=fasilitator lapangan {2}
donor s | Program Hibah Ekonomi Hijau Kawasan Hutan (seleksi nasional) | 31.74 | d=hibah usaha hasil hutan bukan kayu (madu, rotan, tengkawang) bagi kelompok seluruh Indonesia, proposal daring {Rp 50.000.000}
donor s | CSR PLN ULP Putussibau | 61.06 | d=bantuan modal usaha bagi UMKM binaan terpilih di Kota Putussibau {Rp 80.000.000}
dudi s | Pusat Oleh-oleh Khas Kapuas Hulu Putussibau | 61.06 | h=membeli putus madu hutan, kerupuk basah, ikan salai dan anyaman dari produsen ber-PIRT {400:botol/bulan}
dudi s | Toko Oleh-oleh Uncak Kapuas | 61.06 | h=titip jual kerupuk basah, ikan asin dan madu kemasan, bagi hasil 20 % {30:produk}
dudi s | Pengepul Madu Hutan Lanjak | 61.06 | h=membeli madu hutan curah dari periau Batang Lupar dan Danau Sentarum untuk dijual ke Pontianak {2:ton/musim}
dudi s | Toko Wadah dan Botol Putussibau | 61.06 | s=jual botol kaca madu, jerigen food grade dan label, bisa cicil
dudi s | Hotel Sentarum Putussibau | 61.06 | h=memesan madu kemasan untuk tamu {30:botol/bulan} | p=PKL siswa perhotelan {3}
dudi s | Betung Kerihun Adventure Tour | 61.06 | p=pelatihan pemandu trekking dan arung jeram bagi warga desa mitra, dengan uji sertifikasi {15} | t=pemandu senior bisa menjadi pelatih di desa {2}
dudi s | Toko Kerajinan Anyaman Dayak Putussibau | 61.06 | h=membeli anyaman rotan, manik dan tenun ikat Dayak dari perajin {100:buah/bulan}
dudi s | Pengepul Kratom Putussibau | 61.06 | h=membeli daun kratom kering dari petani {5:ton/bulan}
dudi s | Speedboat Carter Sentarum | 61.06 | s=sewa speedboat untuk tamu wisata ke Danau Sentarum dan Betung Kerihun {3}
dudi s | Jaringan Homestay Desa Wisata Menua Sadap | 61.06 | t=pengelola homestay berpengalaman mau berbagi cara melayani tamu asing {2} | p=magang pengelolaan homestay 2 minggu bagi warga desa lain {6}
pkbm m | PKBM Bina Warga Putussibau | 61.06 | t=tutor bahasa Inggris dan tutor kesetaraan {2} | s=ruang kelas {1}
pkbm m | PKBM Harapan Bunut | 61.06 | p=warga belajar paket C yang mencari tempat praktik {20}
smk m | SMK Negeri 1 Putussibau (Usaha Layanan Pariwisata) | 61.06 | t=guru bahasa Inggris dan pariwisata bisa mengajar di desa wisata pada akhir pekan {2} | p=siswa yang mencari tempat prakerin {30}
lkp m | LKP Bahasa Inggris Borneo Putussibau | 61.06 | p=kursus bahasa Inggris berbayar, Rp 750 rb per peserta {20} | t=instruktur bahasa Inggris bisa mengajar di luar dengan honor {1}
perguruan_tinggi m | Politeknik Negeri Pontianak (PSDKU Kapuas Hulu) | 61.06 | t=dosen pendamping pengolahan madu dan uji kadar air {2} | p=pelatihan pengolahan dan pengemasan madu higienis {25}
ormas m | Asosiasi Periau Danau Sentarum | 61.06 | h=pemasaran bersama madu hutan anggota ke Pontianak dan Jakarta {3:ton/tahun} | p=pelatihan panen lestari dan sistem kontrol internal organik {30}
ormas m | TP PKK Kabupaten Kapuas Hulu | 61.06 | p=kader PKK {30} | h=bazar UMKM di Taman Alun-alun Putussibau tiap Minggu {20:produk}
ormas m | Dewan Adat Dayak Kabupaten Kapuas Hulu | 61.06 | t=temenggung dan tetua adat pemandu budaya rumah betang {3}
ormas m | HPI (Himpunan Pramuwisata Indonesia) DPC Kapuas Hulu | 61.06 | t=pramuwisata berlisensi bisa menjadi pelatih pemandu desa wisata {3}
ormas m | Dekranasda Kabupaten Kapuas Hulu | 61.06 | h=galeri kerajinan tenun ikat, manik dan anyaman, kurasi untuk pameran {30:produk}
tokoh_masyarakat m | Bapak Ranggong (tokoh adat Embaloh Hulu) | 61.06 | t=mau mengajar cerita adat dan tata cara menerima tamu di rumah betang {1}
tokoh_masyarakat m | Ibu Dayang Aminah (periau senior Semangit) | 61.06 | t=mau melatih panen madu tikung yang lestari {1}
koperasi m | Koperasi Produsen Madu Hutan Sentarum Lestari | 61.06 | h=membeli madu anggota dan menjual ke eksportir {2:ton/tahun} | d=pinjaman panjar panen khusus anggota {Rp 100.000.000}
bumdes m | BUMDes Semangit Bersatu | 61.06 | h=kios di dermaga Semangit menjual madu dan ikan salai warga {30:produk} | s=ruang pengemasan madu dengan dehumidifier bisa disewa {1}
bumdes m | BUMDes Batu Lintang Embaloh Hulu | 61.06 | p=pengalaman mengelola paket wisata rumah betang, siap berbagi dengan desa lain {10}
dudi s | Toko Madu Hutan Cap Tikung | 61.06 tidak | h=membeli madu hutan dari periau {500:botol/bulan}
lkp m | LPK Pariwisata Kapuas Raya | 61.06 tidak | p=pelatihan pengelolaan homestay dan pemandu {20}
dudi s | Warung Kopi Dermaga Putussibau | 61.06 x | h=bisa titip
ormas m | Kelompok Tani Hutan Nanga Lauk | 61.06 x | t=ada
dudi s | Pengepul Madu Sintang | 61.05 | h=membeli madu hutan dari periau Kabupaten Sintang {1:ton/musim}
blk g | UPT Pelatihan Kerja Sintang | 61.05 | p=pelatihan pemandu wisata 160 JP {16}
dudi s | Pengrajin Tenun Melawi | 61.10 | h=menjual kain tenun ikat Melawi {20:lembar/bulan}
dinas g | Dinas Pariwisata dan Kebudayaan Provinsi Kalimantan Barat | 61.71 | p=pelatihan pengelola homestay dan desa wisata bagi desa wisata se-Kalbar, di Pontianak {40} | d=bantuan stimulan bagi desa wisata terpilih se-Kalbar {Rp 25.000.000}
dudi s | Eksportir Madu Hutan Kalbar | 61.71 | h=membeli madu hutan bersertifikat organik dari Danau Sentarum untuk ekspor {5:ton/tahun}
perguruan_tinggi m | Universitas Tanjungpura (KKN Tematik Kapuas Hulu) | 61.71 | t=mahasiswa KKN pendamping desa wisata dan promosi digital, Juli-Agustus {10} | p=pelatihan promosi digital desa wisata di lokasi KKN {30}
dudi s | Pusat Oleh-oleh Khatulistiwa Pontianak | 61.71 | h=titip jual oleh-oleh khas Pontianak {40:produk}
dudi s | Pengepul Madu Samarinda | 64.72 | h=membeli madu hutan Kalimantan Timur {1:ton/bulan}
dudi s | Toko Daring Madu Nusantara Jakarta | 31.74 | h=membeli madu hutan Kapuas Hulu dan Sumbawa tiap bulan, dikirim kargo {200:botol/bulan}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 3. Sumatera Barat: Kabupaten Dharmasraya (13.10)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_dharmasraya",
        "DHR",
        "Uraian Peran dalam Kemitraan",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Dharmasraya | 13.10 | p=pelatihan kerja: operator alat berat, las, menjahit, teknisi pabrik sawit {48} | h=bursa kerja perkebunan dan PKS di Dharmasraya {120}
dinas g | Dinas Koperasi, UKM dan Perdagangan Kabupaten Dharmasraya | 13.10 | d=dana bergulir bagi KUB dan koperasi binaan, maks Rp 20 jt per kelompok, jasa 3 % per tahun {Rp 300.000.000} | p=pendampingan PIRT dan sertifikasi halal {40}
dinas g | Dinas Perikanan Kabupaten Dharmasraya | 13.10 | s=bantuan sarana pengolahan (oven pengasap ikan, freezer) bagi POKLAHSAR terdaftar, lewat proposal {5} | t=penyuluh pengolahan hasil perikanan {2}
dinas g | Dinas Pertanian Kabupaten Dharmasraya (Bidang Perkebunan) | 13.10 | t=penyuluh perkebunan sawit dan karet bisa menjadi guru tamu {2} | p=memfasilitasi prakerin siswa ke perusahaan perkebunan mitra, tanpa menempatkan sendiri {20}
dinas g | Dinas Perindustrian dan Perdagangan Kabupaten Dharmasraya | 13.10 | s=rumah produksi bersama IKM pangan dengan oven, vacuum sealer dan freezer, bisa dipakai IKM binaan terjadwal {1} | h=memfasilitasi temu bisnis dengan toko modern, tanpa membeli
dinas g | Dinas Sosial Kabupaten Dharmasraya | 13.10 | d=bantuan usaha KUBE bagi keluarga miskin di DTKS {Rp 20.000.000}
dinas g | Cabang Dinas Pendidikan Wilayah VII (Dinas Pendidikan Provinsi Sumatera Barat) | 13.10 | p=fasilitasi MoU prakerin SMK dengan DUDI dan sinkronisasi kurikulum {10} | t=pengawas SMK {1}
blk g | UPTD BLK Kabupaten Dharmasraya | 13.10 | t=instruktur las dan mekanik alat berat {2} | p=pelatihan operator excavator 240 JP {16} | s=bengkel las {1}
donor m | BAZNAS Kabupaten Dharmasraya | 13.10 | d=zakat produktif berupa modal dan alat usaha bagi mustahik dan kelompok usaha mustahik {Rp 200.000.000}
donor s | Bank Nagari Cabang Pulau Punjung | 13.10 | d=KUR mikro dan kredit usaha anak nagari sampai Rp 50 jt {Rp 2 M}
donor s | CSR PT Sawit Batanghari Lestari | 13.10 | d=dana kemitraan bagi nagari ring 1 kebun di Kecamatan Asam Jujuhan dan Koto Besar {Rp 250.000.000} | p=prakerin siswa SMK di kebun dan PKS, hanya bagi siswa yang berasal dari nagari ring 1 {10}
donor m | Yayasan Batanghari Lestari | 13.10 | s=hibah oven pengasap hemat kayu dan freezer bagi kelompok pengolah ikan sungai di nagari sepanjang Batanghari, Dharmasraya {4}
donor m | LAZ Dompet Anak Nagari | 13.10 | d=qardhul hasan bagi pedagang Pasar Sungai Dareh, maks Rp 2 jt per orang {Rp 40.000.000}
donor s | Program Hibah Alat Pengolahan Ikan Perairan Darat (seleksi nasional) | 31.74 | s=hibah oven pengasap, freezer dan vacuum sealer bagi kelompok pengolah ikan air tawar seluruh Indonesia, seleksi proposal {3}
dudi s | Pusat Oleh-oleh Khas Dharmasraya Sungai Dareh | 13.10 | h=membeli putus ikan salai, rendang, kerupuk dan keripik dari produsen ber-PIRT {400:bungkus/bulan}
dudi s | Rumah Makan Salero Batanghari | 13.10 | h=membeli ikan salai patin dan baung untuk gulai salai {50:kg/bulan} | p=PKL siswa tata boga {3}
dudi s | Pengepul Ikan Sungai Sitiung | 13.10 | h=menjual ikan patin dan baung segar ke pengolah salai dan rumah makan {1:ton/minggu}
dudi s | Toko Mesin Usaha dan Alat Dapur Pulau Punjung | 13.10 | s=jual freezer, vacuum sealer dan oven pengasap stainless, bisa kredit 12 bulan
dudi s | Bengkel Las Sitiung Jaya | 13.10 | s=membuat lemari pengasap ikan dari plat pesanan dengan harga produksi {5}
dudi s | PT Kebun Sawit Koto Baru (kebun dan PKS) | 13.10 | p=prakerin siswa SMK agribisnis perkebunan 3 bulan di kebun, pembibitan dan PKS, mess disediakan {12} | h=rekrut lulusan SMK sebagai krani dan asisten mandor {5}
dudi s | PT Karet Batanghari Sitiung (pabrik crumb rubber) | 13.10 | p=PKL siswa teknik mesin dan kimia di pabrik {6}
dudi s | Pembibitan Sawit Bersertifikat Timpeh | 13.10 | p=magang siswa di pembibitan sawit selama 2 bulan {4}
dudi s | Swalayan Dharmasraya Sungai Dareh | 13.10 | h=konsinyasi produk UMKM berlabel halal dan berbarcode {30:produk}
dudi s | Reseller Oleh-oleh Minang Online (Dharmasraya) | 13.10 | h=menjual rendang, ikan salai dan kerupuk di marketplace, ambil putus dari kelompok {200:bungkus/bulan}
pkbm m | PKBM Saiyo Sakato Pulau Punjung | 13.10 | t=tutor kesetaraan dan tutor tata boga {2} | s=dapur praktik kecil {1}
pkbm m | PKBM Nagari Sungai Dareh | 13.10 | p=warga belajar paket C yang mencari tempat magang {20}
smk m | SMK Negeri 1 Pulau Punjung (Agribisnis Pengolahan Hasil Perikanan) | 13.10 | s=ruang produksi olahan ikan dengan oven pengasap dan freezer, bisa dipakai kelompok pengolah hari Sabtu {1} | t=guru produktif pengolahan hasil perikanan {1}
smk m | SMK Negeri 1 Sitiung (Teknik dan Bisnis Sepeda Motor) | 13.10 | p=siswa yang mencari tempat prakerin {30}
lkp m | LPK Agro Sawit Dharmasraya | 13.10 | p=kursus mandor dan asisten kebun sawit berbayar, magang peserta hanya di kebun jaringan alumni {15} | h=penyaluran alumni ke perkebunan {8}
perguruan_tinggi m | Universitas Andalas Kampus Dharmasraya (Fakultas Pertanian) | 13.10 | t=dosen agronomi perkebunan bisa menjadi guru tamu SMK {2} | p=praktik lapang di kebun percobaan kampus bagi siswa SMK mitra {10}
ormas m | TP PKK Kabupaten Dharmasraya | 13.10 | p=kader PKK penggerak {30} | h=bazar UMKM di Pulau Punjung tiap Minggu pagi {20:produk}
ormas m | Bundo Kanduang Nagari Sitiung | 13.10 | p=kader perempuan penggerak {20}
ormas m | Forum CSR Perkebunan Dharmasraya | 13.10 | p=menyalurkan siswa prakerin ke perusahaan perkebunan anggota forum {30} | h=info lowongan dari 15 perusahaan perkebunan anggota
tokoh_masyarakat m | Pak Sutarno (mantan mandor kebun sawit, warga transmigran Sitiung) | 13.10 | t=mau menjadi guru tamu panen dan perawatan sawit di SMK {1}
tokoh_masyarakat m | Uni Rosmaniar (pembuat ikan salai senior) | 13.10 | t=mau berbagi cara mengasap ikan supaya awet {1}
koperasi m | KUD Sitiung Makmur | 13.10 | d=simpan pinjam anggota {Rp 200.000.000} | p=prakerin siswa di kebun plasma koperasi {8}
koperasi m | Koperasi Nelayan Sungai Batanghari | 13.10 | s=freezer koperasi bisa dipinjam anggota {3} | h=menampung ikan salai anggota {100:kg/bulan}
bumdes m | BUMNag Sitiung Saiyo | 13.10 | s=ruang produksi dan rumah asap ikan milik nagari bisa disewa warga Nagari Sitiung {1} | h=kios di Pasar Sitiung {20:produk}
bumdes m | BUMNag Padang Laweh | 13.10 | s=oven pengasap bantuan provinsi, hanya untuk kelompok di Nagari Padang Laweh {1}
dudi s | Toko Salai Cap Batanghari | 13.10 tidak | h=membeli ikan salai dari kelompok pengolah {300:kg/bulan}
dudi s | PT Agro Sawit Lestari Tiumang | 13.10 tidak | p=prakerin siswa agribisnis tanaman perkebunan {10}
dudi s | Warung Oleh-oleh Simpang Empat | 13.10 x | h=bisa titip
ormas m | Kelompok Pemuda Nagari Koto Besar | 13.10 x | p=magang
dudi s | PT Perkebunan Teh dan Sawit Solok Selatan | 13.11 | p=prakerin siswa agribisnis di kebun teh dan sawit, mess disediakan {8}
dudi s | Pengepul Ikan Salai Muara Bungo | 15.08 | h=membeli ikan salai dari pengolah di Bungo dan Dharmasraya {300:kg/bulan}
dinas g | Dinas Kelautan dan Perikanan Provinsi Sumatera Barat | 13.71 | s=bantuan sarana pengolahan ikan bagi POKLAHSAR se-Sumatera Barat, lewat e-proposal {10}
perguruan_tinggi m | Politeknik ATI Padang (Agroindustri) | 13.71 | t=dosen pendamping sertifikasi dan kemasan olahan ikan {2} | p=pelatihan pengolahan ikan asap higienis {20}
dudi s | Pusat Oleh-oleh Padang Jl. Nipah | 13.71 | h=membeli rendang dan keripik balado dari produsen Kota Padang {500:bungkus/bulan}
dudi s | PT Sawit Kuansing | 14.09 | p=prakerin siswa SMK perkebunan dari Riau {10}
dudi s | Toko Daring Rendang Jakarta | 31.74 | h=membeli rendang dan ikan salai dari Sumatera Barat {300:bungkus/bulan}
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
