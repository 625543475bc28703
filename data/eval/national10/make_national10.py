"""Write the tenth held-out national evaluation directories of mitramatch, in three shapes each.

Everything written here is fictional: the institutions, the people, their offers, capacities,
visions and track records. Government offices, BAZNAS, Bank daerah, LPD and PKK teams carry the
standard nomenclature of such bodies (for example "Dinas Sosial Kabupaten Gianyar"); what they
offer here is invented and says nothing about the real offices. Region codes, regency names and
representative coordinates are real, copied from shared/data/wilayah (github.com/cahyadsn/wilayah,
MIT licence, Copyright (c) Cahya DSN, and cahyadsn/wilayah_boundaries for the points).


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

    python3 data/eval/national10/make_national10.py

The grades in judgements.csv were judged by reading the files this script writes; changing a
partner line or the seed invalidates them.
"""

from __future__ import annotations

import csv
import math
import random
import re
from pathlib import Path

SEED = 20_28_0307
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
    "33.02": ("Kabupaten Banyumas", -7.45551, 109.17579),
    "33.03": ("Kabupaten Purbalingga", -7.32323, 109.4072),
    "33.01": ("Kabupaten Cilacap", -7.48893, 108.88984),
    "33.04": ("Kabupaten Banjarnegara", -7.35133, 109.65705),
    "33.74": ("Kota Semarang", -7.0239, 110.39152),
    "34.71": ("Kota Yogyakarta", -7.8033, 110.37436),
    "51.04": ("Kabupaten Gianyar", -8.48097, 115.28749),
    "51.71": ("Kota Denpasar", -8.66836, 115.22082),
    "51.03": ("Kabupaten Badung", -8.58285, 115.18838),
    "51.05": ("Kabupaten Klungkung", -8.66695, 115.49366),
    "51.06": ("Kabupaten Bangli", -8.29312, 115.34729),
    "51.08": ("Kabupaten Buleleng", -8.20095, 114.96091),
    "52.71": ("Kota Mataram", -8.59015, 116.11096),
    "64.02": ("Kabupaten Kutai Kartanegara", 0.10796, 116.48012),
    "64.72": ("Kota Samarinda", -0.50028, 117.17706),
    "64.71": ("Kota Balikpapan", -1.15667, 116.87229),
    "64.74": ("Kota Bontang", 0.09326, 117.45807),
    "64.08": ("Kabupaten Kutai Timur", 0.98987, 117.12915),
    "63.71": ("Kota Banjarmasin", -3.32912, 114.5918),
    "53.11": ("Kabupaten Sumba Timur", -9.8778, 120.25477),
    "53.17": ("Kabupaten Sumba Tengah", -9.54317, 119.66865),
    "53.12": ("Kabupaten Sumba Barat", -9.64142, 119.38338),
    "53.71": ("Kota Kupang", -10.20451, 123.60454),
    "31.74": ("Kota Administrasi Jakarta Selatan", -6.2726, 106.81004),
}

# Province names as the canonical shape writes them (provinsi.csv; DKI as lists write it).
PROVINCES = {
    "31": "DKI Jakarta",
    "33": "Jawa Tengah",
    "34": "DI Yogyakarta",
    "51": "Bali",
    "52": "Nusa Tenggara Barat",
    "53": "Nusa Tenggara Timur",
    "63": "Kalimantan Selatan",
    "64": "Kalimantan Timur",
}
# How official UPPER CASE lists write provinces: full name first, then the short forms people use.
KAPITAL_PROVINCES = {
    "31": ["DKI JAKARTA", "DKI"],
    "33": ["JAWA TENGAH", "JATENG", "PROV. JAWA TENGAH", "PROVINSI JAWA TENGAH"],
    "34": ["DI YOGYAKARTA", "DIY", "D.I. YOGYAKARTA"],
    "51": ["BALI", "PROV. BALI", "PROVINSI BALI"],
    "52": ["NUSA TENGGARA BARAT", "NTB"],
    "53": ["NUSA TENGGARA TIMUR", "NTT", "PROV. NTT", "PROVINSI NUSA TENGGARA TIMUR"],
    "63": ["KALIMANTAN SELATAN", "KALSEL"],
    "64": ["KALIMANTAN TIMUR", "KALTIM", "PROV. KALTIM", "PROVINSI KALIMANTAN TIMUR"],
}
# Older, shortened or misspelt regency names people still write (used by the kapital shape,
# alongside the standard KAB. X / KOTA X form). A leading "!" means: always use the variants.
KAPITAL_VARIANTS = {
    "33.02": [
        "!",
        "KAB. BANYUMAS",
        "BANYUMAS",
        "KAB BANYUMAS",
        "KAB. BANYUMAS (PURWOKERTO)",
        "PURWOKERTO",
    ],
    "33.03": ["PURBALINGGA", "KAB. PBG"],
    "33.01": ["CILACAP", "KAB. CILACAP (JATENG)"],
    "33.04": ["BANJARNEGARA", "KAB. BANJAR NEGARA"],
    "33.74": ["SEMARANG", "KODYA SEMARANG"],
    "34.71": ["YOGYAKARTA", "JOGJA", "KOTA JOGJAKARTA"],
    "51.04": [
        "!",
        "KAB. GIANYAR",
        "GIANYAR",
        "KAB GIANYAR",
        "GIANYAR (UBUD)",
        "KABUPATEN GIANYAR - BALI",
    ],
    "51.71": ["DENPASAR", "KODYA DENPASAR"],
    "51.03": ["BADUNG", "KAB. BADUNG (MANGUPURA)"],
    "51.05": ["KLUNGKUNG", "SEMARAPURA"],
    "51.06": ["BANGLI"],
    "51.08": ["BULELENG", "SINGARAJA"],
    "52.71": ["MATARAM", "KOTA MATARAM (NTB)"],
    "64.02": [
        "!",
        "KAB. KUTAI KARTANEGARA",
        "KUKAR",
        "KAB. KUKAR",
        "KUTAI KARTANEGARA (TENGGARONG)",
        "KAB. KUTAI",
        "TENGGARONG",
    ],
    "64.72": ["SAMARINDA", "KODYA SAMARINDA"],
    "64.71": ["BALIKPAPAN", "KOTA BALIKPAPAN (KALTIM)"],
    "64.74": ["BONTANG"],
    "64.08": ["KUTIM", "KAB. KUTAI TIMUR (SANGATTA)", "SANGATTA"],
    "63.71": ["BANJARMASIN", "KOTA BANJARMASIN (KALSEL)"],
    "53.11": [
        "!",
        "KAB. SUMBA TIMUR",
        "SUMBA TIMUR",
        "KAB. SUMTIM",
        "SUMBA TIMUR (WAINGAPU)",
        "WAINGAPU",
        "SUMBA",
    ],
    "53.17": ["SUMBA TENGAH", "KAB. SUMBA TENGAH (WAIBAKUL)"],
    "53.12": ["SUMBA BARAT", "KAB. SUMBA BARAT (WAIKABUBAK)"],
    "53.71": ["KUPANG", "KODYA KUPANG"],
    "31.74": ["JAKARTA SELATAN", "JAKSEL"],
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
# 1. Jawa Tengah: Kabupaten Banyumas (33.02)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_banyumas",
        "BMS",
        "Bantuan yang Dapat Diberikan",
        """
dinas g | Dinas Tenaga Kerja, Koperasi dan UKM Kabupaten Banyumas | 33.02 | d=pinjaman dana bergulir bagi koperasi dan UMKM yang terdaftar, jasa 3 % per tahun, plafon hingga Rp 50.000.000 per usaha {Rp 500.000.000} | p=pelatihan kewirausahaan dan pemasaran digital bagi pelaku UMKM {40}
dinas g | Dinas Perindustrian dan Perdagangan Kabupaten Banyumas | 33.02 | t=pendamping IKM batik dan makanan olahan {2} | h=memfasilitasi temu bisnis IKM dengan eksportir dan buyer, pembelian langsung oleh buyer {20:IKM}
dinas g | Dinas Pertanian dan Ketahanan Pangan Kabupaten Banyumas | 33.02 | t=penyuluh pendamping penderes kelapa dan sertifikasi organik gula semut {3} | s=bantuan pongkor, pisau deres dan wajan bagi kelompok penderes yang terdaftar di Simluhtan {200}
dinas g | Dinas Pemuda, Olahraga, Kebudayaan dan Pariwisata Kabupaten Banyumas | 33.02 | t=pemandu wisata bersertifikat {2} | h=stan UMKM dan batik Banyumasan di Festival Baturraden dan Lokawisata Baturraden {30:produk}
dinas g | Dinas Sosial dan Pemberdayaan Masyarakat Desa Kabupaten Banyumas | 33.02 | d=bantuan KUBE bagi keluarga penerima PKH yang terdata di DTKS {Rp 20.000.000}
dinas g | Dinas Pendidikan Kabupaten Banyumas (Bidang PAUD dan PNF) | 33.02 | t=penilik PNF pendamping administrasi lembaga {2} | d=BOP kesetaraan dan PKW (Pendidikan Kecakapan Wirausaha) bagi LKP dan PKBM terakreditasi, usulan lewat Dapodik {Rp 75.000.000}
dinas g | Dinas Pengendalian Penduduk, KB, Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Banyumas | 33.02 | p=pelatihan keterampilan bagi perempuan penyintas kekerasan dan perempuan kepala keluarga {25}
blk g | UPTD Balai Latihan Kerja Kabupaten Banyumas | 33.02 | t=instruktur menjahit dan las bersertifikat {3} | s=ruang praktik jahit 16 mesin bisa dipinjam di luar jadwal {1} | p=pelatihan berbasis kompetensi menjahit, las dan barista {48}
dinas g | Kantor Bea dan Cukai Purwokerto (Klinik Ekspor) | 33.02 | p=klinik ekspor dan pendampingan dokumen ekspor bagi UMKM {20} | h=menghubungkan UMKM dengan calon pembeli luar negeri lewat business matching daring {10:UMKM}
dinas g | Balai Rehabilitasi Sosial Satria Baturraden | 33.02 | t=instruktur batik dan kerajinan tangan khusus bagi penerima manfaat balai (penyandang disabilitas sensorik) {2}
donor m | BAZNAS Kabupaten Banyumas | 33.02 | d=Banyumas Makmur: zakat produktif modal usaha bagi mustahik penderes dan pelaku usaha mikro {Rp 300.000.000}
donor s | Bank Jateng Cabang Purwokerto | 33.02 | d=KUR mikro dan Kredit Mitra Jateng 25 bunga ringan tanpa agunan hingga Rp 25 jt per usaha {Rp 3 M}
donor s | CSR PT Panas Bumi Slamet Lestari | 33.02 | d=hibah alat produksi (oven pengering, ayakan, sealer) bagi kelompok usaha di desa ring 1 Kecamatan Cilongok dan Karanglewas {Rp 200.000.000}
donor s | TJSL PT Kilang Minyak Cilacap | 33.01 | d=bantuan modal dan peralatan usaha bagi UMKM ring 1 Kecamatan Cilacap Selatan dan Cilacap Tengah {Rp 400.000.000}
donor s | CSR PT Bulu Mata Indah Purbalingga | 33.03 | d=bantuan modal usaha khusus bagi karyawati dan keluarga karyawan pabrik {Rp 100.000.000}
donor s | Program Hibah Produk Unggulan Desa (seleksi nasional) | 31.74 | d=hibah modal kerja dan biaya sertifikasi bagi kelompok usaha desa dari seluruh Indonesia, proposal daring {Rp 50.000.000}
donor m | LAZ Amanah Serayu | 33.02 | d=qardhul hasan bagi pedagang Pasar Wage Purwokerto, paling banyak 3 juta per orang {Rp 60.000.000}
dudi s | CV Gula Semut Serayu Organik | 33.02 | h=membeli gula semut dan gula kelapa kristal organik bersertifikat dari kelompok penderes, harga premium dan kontrak tahunan {20:ton/bulan}
dudi s | UD Sumber Manis Pengepul Gula Jawa Pasar Ajibarang | 33.02 | h=membeli gula cetak dari penderes dengan harga pasar harian, bayar tunai {5:ton/minggu}
dudi s | UD Kelapa Serayu (penjual nira dan gula curah) | 33.02 | h=menjual gula kelapa curah dan nira ke pabrik gula semut dan perajin kecap {3:ton/minggu}
dudi s | PT Kecap Cap Serayu | 33.02 | h=membeli gula kelapa cetak grade B untuk bahan kecap, hanya lewat pengepul kontrak {10:ton/bulan}
dudi s | Toko Bahan Kue dan Kemasan Purwokerto | 33.02 | s=jual standing pouch, label, sealer dan timbangan digital, bisa kredit untuk kelompok
dudi s | Pusat Oleh-oleh Getuk Goreng Sokaraja | 33.02 | h=titip jual getuk goreng, nopia, kripik tempe dan gula semut kemasan dari produsen berizin PIRT {50:produk}
dudi s | Toko Kripik Tempe dan Mendoan Jalan Bank | 33.02 | h=membeli putus kripik tempe dari perajin Pliken dan Purwokerto {300:kg/bulan}
dudi s | Swalayan Satria Purwokerto | 33.02 | h=konsinyasi produk UMKM berlabel halal, berbarcode dan berizin edar {40:produk}
dudi s | Hotel Baturraden Asri | 33.02 | p=PKL siswa perhotelan {4} | h=membeli gula semut untuk sarapan dan suvenir tamu {30:kg/bulan}
dudi s | Kedai Kopi Lereng Slamet Baturraden | 33.02 | h=memakai gula aren dan gula semut untuk minuman, diambil dari produsen lokal {20:kg/minggu}
dudi s | Ekspedisi Satria Kargo Purwokerto | 33.02 | s=jasa kirim kargo dan kontainer ke Tanjung Emas dan Tanjung Priok, tarif khusus UMKM
dudi s | Sentra Tempe Pliken Kembaran | 33.02 | p=magang membuat tempe dan mendoan {4} | h=rekrut tenaga produksi tempe {5}
pusat_karya m | Batik Tulis Pringgodani Sokaraja | 33.02 | p=magang membatik tulis dan pewarnaan di rumah produksi, 2 bulan {6} | h=membeli kain batik tulis hasil peserta yang lulus kurasi {30:lembar/bulan}
dudi s | Rumah Batik Banyumasan Sokaraja Kulon | 33.02 | t=pembatik senior bisa mengajar teknik colet dan pewarna alam, honor per pertemuan {2} | h=rekrut pembatik tulis {3}
dudi s | Toko Malam dan Pewarna Batik Purwokerto | 33.02 | s=jual malam, canting, kompor listrik, kain mori dan pewarna naptol dan indigosol
dudi s | Konveksi Batik Printing Purwokerto | 33.02 | p=magang sablon dan printing kain {3} | h=rekrut operator printing kain {4}
lkp m | LKP Batik Kencana Sokaraja | 33.02 | t=instruktur batik untuk kelas sendiri {2} | p=kursus batik tulis dan cap, magang peserta hanya di jaringan perajin alumni LKP {15}
tokoh_masyarakat m | Mbah Sutirah (pembatik tulis Banyumasan senior, Sokaraja) | 33.02 | t=bersedia mengajar motif Banyumasan dan pewarna alam dua kali seminggu, cukup uang transport {1}
perguruan_tinggi m | Universitas Satria Serayu (Fakultas Pertanian) | 33.02 | t=dosen pendamping sertifikasi organik dan uji mutu gula semut {2} | p=pelatihan keamanan pangan dan persiapan ekspor bagi kelompok binaan {25}
perguruan_tinggi m | Institut Seni dan Desain Purwokerto (Prodi Kriya Tekstil) | 33.02 | t=dosen kriya batik pewarna alam bisa menjadi instruktur tamu di lembaga kursus {2} | s=studio pewarnaan alam {1}
smk m | SMK Negeri 3 Purwokerto (Kriya Kreatif Batik dan Tekstil) | 33.02 | t=guru kriya batik bisa mengajar sore hari {1} | s=ruang batik dan kompor malam bisa dipinjam hari Sabtu {1} | p=siswa PKL yang mencari tempat prakerin batik {20}
ormas m | TP PKK Kabupaten Banyumas | 33.02 | p=kader PKK penggerak {40} | h=bazar PKK di Alun-alun Purwokerto tiap bulan {20:produk}
ormas m | Dekranasda Kabupaten Banyumas | 33.02 | h=galeri Dekranasda dan kurasi batik Banyumasan untuk pameran Inacraft {40:lembar/bulan}
ormas m | Asosiasi Penderes dan Perajin Gula Kelapa Banyumas | 33.02 | t=pendamping internal control system (ICS) organik {2} | h=informasi pembeli dan harga dari eksportir anggota asosiasi
koperasi m | Koperasi Nira Satria Cilongok | 33.02 | d=simpan pinjam khusus anggota {Rp 200.000.000} | h=membeli gula kristal dan gula semut dari anggota koperasi saja, untuk diekspor {30:ton/bulan}
bumdes m | BUMDes Sokawera Maju | 33.02 | s=oven pengering dan ayakan gula semut bisa dipakai warga Desa Sokawera {2} | h=rumah kemasan gula semut desa dan penjualan lewat marketplace {5:ton/bulan}
dudi s | CV Manggar Jaya Gula Semut | 33.02 tidak | h=membeli gula semut dari kelompok penderes Cilongok {10:ton/bulan}
pusat_karya m | Sanggar Batik Lumbon Sari | 33.02 tidak | t=instruktur batik tulis pewarna alam {2} | p=magang membatik {4}
dudi s | Toko Gula Pak Darto | 33.02 x | h=beli gula
ormas m | Paguyuban Pembatik Banyumas | 33.02 x | t=pembatik
pusat_karya m | Sentra Batik Tulis Tunjungmuli Purbalingga | 33.03 | p=magang membatik pewarna alam 1 bulan, bisa menginap di rumah perajin {5} | t=perajin bisa mengajar di luar kota bila transport ditanggung {1}
dudi s | CV Nira Lestari Cilacap | 33.01 | h=membeli gula semut dan gula kristal organik dari kelompok penderes di Cilacap dan Banyumas bagian barat {15:ton/bulan}
koperasi m | Koperasi Gula Kelapa Mandiri Banjarnegara | 33.04 | h=menampung gula semut dari anggota di Banjarnegara {10:ton/bulan}
dinas g | Dinas Tenaga Kerja dan Transmigrasi Provinsi Jawa Tengah | 33.74 | p=pemagangan dalam negeri di perusahaan mitra se-Jawa Tengah bagi lulusan LKP yang diusulkan lembaga {40}
dudi s | Toko Oleh-oleh Khas Jawa Tengah Semarang | 33.74 | h=titip jual oleh-oleh dari berbagai kabupaten di Jawa Tengah {40:produk}
lkp m | LKP Batik Pewarna Alam Yogyakarta | 34.71 | t=instruktur batik pewarna alam bersertifikat, bisa dikontrak ke luar kota untuk pelatihan 5 hari {2}
dudi s | Pedagang Grosir Pasar Beringharjo Yogyakarta | 34.71 | h=membeli batik cap dan printing dari Pekalongan dan Solo {500:lembar/bulan}
dudi s | PT Nusa Agro Organik (eksportir, Jakarta) | 31.74 | h=membeli gula kelapa kristal organik dari kelompok penderes di Banyumas dan Purbalingga, standar ekspor {40:ton/bulan}
dudi s | Batik Nusantara Daring Jakarta | 31.74 | h=membeli batik tulis Banyumasan dari perajin Sokaraja untuk toko daring {100:lembar/bulan}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 2. Bali: Kabupaten Gianyar (51.04)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_gianyar",
        "GNR",
        "Wujud Dukungan",
        """
dinas g | Dinas Tenaga Kerja Kabupaten Gianyar | 51.04 | p=pelatihan bahasa Inggris dasar dan housekeeping bagi pencari kerja ber-KTP Gianyar {32} | h=bursa kerja dan AK/1 {100}
dinas g | Dinas Perindustrian dan Perdagangan Kabupaten Gianyar | 51.04 | s=UPT Rumah Produksi Bersama Perak Celuk: meja kerja, mesin poles, bor gantung dan tungku lebur, dipakai perajin terdaftar sesuai jadwal {12:meja} | t=pendamping desain perhiasan {1}
dinas g | Dinas Koperasi dan UKM Kabupaten Gianyar | 51.04 | d=dana bergulir bagi koperasi dan UKM terdaftar, jasa 3 % per tahun {Rp 300.000.000} | p=pelatihan pemasaran digital dan foto produk {30}
dinas g | Dinas Sosial Kabupaten Gianyar | 51.04 | d=bantuan KUBE bagi keluarga penerima PKH yang terdata di DTKS {Rp 20.000.000}
dinas g | Dinas Kebudayaan Kabupaten Gianyar | 51.04 | t=pelatih tari dan tabuh untuk sanggar {3} | p=pembinaan sanggar seni dan sekaa gong {10}
dinas g | Dinas Penanaman Modal dan PTSP Kabupaten Gianyar | 51.04 | h=menghubungkan perajin dengan calon investor dan pembeli lewat forum bisnis tahunan {10:UMKM}
dinas g | Dinas Pariwisata Provinsi Bali | 51.71 | t=narasumber sadar wisata, CHSE dan pelayanan prima {2} | p=pelatihan pemandu wisata dan pengelola desa wisata se-Bali {30}
blk g | UPTD Balai Latihan Kerja Provinsi Bali | 51.71 | t=instruktur perhotelan dan bahasa Inggris bersertifikat {3} | s=mock-up kamar hotel dan restoran bisa dipinjam lembaga mitra {1} | p=pelatihan housekeeping dan F&B service 160 JP {16}
donor m | BAZNAS Kabupaten Gianyar | 51.04 | d=zakat produktif berupa modal usaha bagi mustahik muslim di Kabupaten Gianyar {Rp 50.000.000}
donor s | LPD Desa Adat Celuk | 51.04 | d=kredit usaha bagi krama Desa Adat Celuk tanpa agunan sampai Rp 25 jt, bunga menurun {Rp 1 M}
donor s | LPD Desa Adat Mas | 51.04 | d=kredit usaha khusus krama Desa Adat Mas {Rp 2 M}
donor s | Bank BPD Bali Cabang Gianyar | 51.04 | d=KUR mikro dan Kredit Usaha Perajin hingga Rp 50 jt {Rp 5 M}
donor s | TJSL PT Bandara Bali Selatan | 51.03 | d=bantuan modal dan peralatan usaha bagi UMKM ring 1 Kecamatan Kuta dan Kuta Selatan {Rp 500.000.000}
donor s | Program Hibah Kriya Nusantara (seleksi nasional) | 31.74 | d=hibah bahan baku dan alat kerja bagi kelompok perajin dari seluruh Indonesia, proposal daring {Rp 40.000.000}
donor m | Yayasan Pelestari Warisan Ubud | 51.04 | d=beasiswa seni dan sekolah bagi anak-anak penari dan penabuh {Rp 100.000.000}
donor s | CSR PT Listrik Bali Timur | 51.04 | s=hibah mesin poles dan alat kerja bagi kelompok perajin muda di Kecamatan Sukawati dan Blahbatuh, lewat proposal ke kantor desa {10:paket}
dudi s | Ubud Padi Resort and Spa | 51.04 | p=menerima peserta magang housekeeping dan front office 2-4 minggu dari program pemerintah {6} | h=rekrut daily worker {4}
dudi s | Villa Sungai Ayung Kedewatan | 51.04 | p=magang housekeeping dan pelayanan villa bagi pengelola homestay desa binaan {4}
dudi s | Hotel Tegallalang Terrace | 51.04 | p=PKL siswa SMK pariwisata selama 3 bulan {6}
ormas m | Asosiasi Homestay dan Pondok Wisata Ubud | 51.04 | t=pemilik homestay senior menjadi mentor bagi desa wisata baru {4} | p=magang di homestay anggota, 1-2 minggu {10}
dudi s | Warung Bebek Tepi Sawah Ubud | 51.04 | p=PKL tata boga {4} | h=rekrut juru masak {3}
dudi s | Galeri Perak Surya Celuk | 51.04 | h=membeli putus perhiasan perak dari perajin rumahan Celuk sesuai desain galeri {300:pcs/bulan}
dudi s | UD Bahan Perak Celuk | 51.04 | s=jual perak murni 99,9, granule, kawat perak dan alat kerja perajin, tunai
dudi s | CV Silver Export Bali Batubulan | 51.04 | h=memesan perhiasan perak borongan dari perajin Celuk untuk ekspor ke Australia dan Eropa, bahan dari pemesan {2000:pcs/bulan}
dudi s | Bengkel Cor Perak dan Emas Sukawati | 51.04 | s=jasa cor perak dan sewa meja kerja harian dengan mesin poles {6:meja}
pusat_karya m | Sentra Ukir Kayu Mas | 51.04 | p=magang ukir kayu {5} | h=membeli patung dan topeng kayu dari perajin {100:pcs/bulan}
pusat_karya m | Sentra Patung Batu Padas Batubulan | 51.04 | s=ruang kerja bersama untuk pemahat batu padas {10} | p=magang memahat {4}
dudi s | Perumda Pasar Seni Sukawati | 51.04 | h=sewa kios dan los bagi pedagang dan perajin kerajinan di Pasar Seni Sukawati {20:kios}
dudi s | Toko Suvenir Pasar Ubud | 51.04 | h=titip jual suvenir perak, kayu dan kain tenun {50:produk}
ormas m | Dekranasda Kabupaten Gianyar | 51.04 | h=galeri Dekranasda dan kurasi kerajinan untuk pameran Gianyar Jewelry Festival dan Inacraft {40:produk}
ormas m | TP PKK Kabupaten Gianyar | 51.04 | p=kader PKK penggerak {40}
ormas m | Majelis Desa Adat Kabupaten Gianyar | 51.04 | p=menggerakkan prajuru desa adat untuk sosialisasi program desa wisata {60}
tokoh_masyarakat m | I Wayan Sudarsana (Kelian Banjar Adat Kangin, Celuk) | 51.04 | s=bale banjar bisa dipakai kelompok perajin untuk bekerja siang hari, listrik dibayar kelompok {1}
ormas m | Subak Kedewatan | 51.04 | p=wisata edukasi subak dan menanam padi bagi tamu {20}
perguruan_tinggi m | Sekolah Tinggi Pariwisata Ubud Dharma | 51.04 | t=dosen bahasa Inggris pariwisata dan tata graha, bisa mengajar di desa wisata {3} | s=laboratorium hotel {1}
perguruan_tinggi m | Institut Seni Kriya Denpasar (Prodi Kriya Logam) | 51.71 | t=dosen desain perhiasan {2} | s=studio kriya logam bisa dipakai mitra binaan dengan jadwal {1}
smk m | SMK Negeri 1 Sukawati (Kriya Kreatif Logam dan Perhiasan) | 51.04 | s=bengkel kriya logam dengan tungku, mesin poles dan bor gantung bisa dipakai kelompok hari Sabtu {1} | p=siswa PKL kriya yang mencari tempat prakerin {20}
smk m | SMK Pariwisata Ubud Widya | 51.04 | t=guru bahasa Inggris {2} | p=siswa PKL perhotelan yang mencari tempat prakerin {40}
lkp m | LKP Bahasa Inggris Ubud Speak | 51.04 | t=tutor bahasa Inggris pariwisata, tarif per jam {3} | p=kursus bahasa Inggris untuk pemandu dan pelaku wisata {20}
lkp m | LPK Perhotelan Bali Dwipa | 51.71 | p=kursus perhotelan, magang hanya bagi peserta kursus sendiri di hotel jaringan alumni {20}
tokoh_masyarakat m | I Ketut Rai (pemandu wisata senior Ubud) | 51.04 | t=bersedia melatih pemandu desa wisata dua kali seminggu {1}
ormas m | HPI DPC Kabupaten Gianyar | 51.04 | t=pramuwisata berlisensi bahasa Inggris dan Jepang sebagai pelatih pemandu lokal {5}
ormas m | PHRI Kabupaten Gianyar | 51.04 | p=memfasilitasi komunikasi dengan hotel anggota untuk program magang, penempatan tergantung kesediaan hotel {20}
ormas m | Paguyuban Perajin Perak Celuk | 51.04 | s=tungku lebur bersama khusus anggota paguyuban {2} | h=meneruskan informasi pesanan dari pembeli ke anggota
koperasi m | Koperasi Serba Usaha Perak Celuk Mandiri | 51.04 | s=menyewakan mesin poles dan tungku ke anggota koperasi {3} | h=menampung perhiasan anggota {200:pcs/bulan}
dudi s | CV Kontraktor Bangunan Gianyar | 51.04 | h=rekrut tukang bangunan {10}
dudi s | Hotel Puri Ubud Lama | 51.04 tidak | p=magang housekeeping bagi peserta program desa wisata {6}
pusat_karya m | Rumah Produksi Perak Dewata Celuk | 51.04 tidak | s=meja kerja dan mesin poles bisa dipakai perajin muda tanpa biaya {8:meja}
dudi s | Villa Bu Komang | 51.04 x | p=magang
ormas m | Sekaa Perak Batuan | 51.04 x | s=alat
dudi s | Hotel Pantai Kusamba | 51.05 | p=magang housekeeping 2 minggu bagi pengelola homestay {4}
dudi s | Hotel Danau Batur View Kintamani | 51.06 | p=magang F&B dan front office {4}
ormas m | Pokdarwis Desa Pemuteran | 51.08 | t=mentor pengelola desa wisata, bisa datang ke kabupaten lain bila diundang {2}
dudi s | Sentra Mutiara Sekarbela Mataram | 52.71 | h=membeli perhiasan perak untuk ikatan mutiara dari perajin Mataram {200:pcs/bulan}
dudi s | PT Nusantara Hospitality Jakarta | 31.74 | p=program magang hotel 6 bulan bagi lulusan SMK dan LPK se-Indonesia {20}
dudi s | Bali Silver Daring (Jakarta) | 31.74 | h=membeli perhiasan perak Celuk untuk toko daring, kirim lewat kargo {500:pcs/bulan}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 3. Kalimantan Timur: Kabupaten Kutai Kartanegara (64.02)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_kukar",
        "KKR",
        "Penawaran Kemitraan",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Kutai Kartanegara | 64.02 | p=pelatihan berbasis kompetensi las SMAW, operator alat berat dan menjahit bagi pencari kerja ber-KTP Kukar {48} | h=bursa kerja dan penyaluran AK/1 ke perusahaan tambang dan perkebunan di Kukar {200}
dinas g | Dinas Tenaga Kerja dan Transmigrasi Provinsi Kalimantan Timur | 64.72 | p=pemagangan dalam negeri di perusahaan tambang dan migas mitra bagi lulusan LPK yang diusulkan lembaga {40} | h=job fair provinsi di Samarinda dan Balikpapan {300}
blk g | UPTD Balai Latihan Kerja Tenggarong | 64.02 | t=instruktur las bersertifikat BNSP {2} | s=bengkel las 12 mesin bisa dipinjam lembaga mitra di luar jadwal {1} | p=pelatihan las 3G 240 JP {16}
dinas g | Dinas Koperasi dan UKM Kabupaten Kutai Kartanegara | 64.02 | d=pinjaman dana bergulir bagi UMKM terdaftar, jasa 3 % per tahun, paling banyak Rp 50.000.000 per usaha {Rp 500.000.000} | p=pelatihan kemasan dan pendampingan PIRT dan halal {40}
dinas g | Dinas Perikanan dan Kelautan Kabupaten Kutai Kartanegara | 64.02 | t=penyuluh perikanan pendamping poklahsar {2} | s=bantuan spinner, mixer dan sealer bagi poklahsar terdaftar lewat proposal untuk anggaran tahun depan {5}
dinas g | Dinas Perindustrian dan Perdagangan Kabupaten Kutai Kartanegara | 64.02 | h=menghubungkan IKM dengan toko oleh-oleh dan ritel modern lewat temu usaha, tanpa pembelian {20:IKM}
dinas g | Dinas Sosial Kabupaten Kutai Kartanegara | 64.02 | d=bantuan KUBE bagi keluarga miskin dalam DTKS {Rp 20.000.000}
dinas g | Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Kutai Kartanegara | 64.02 | d=bantuan modal usaha bagi perempuan kepala keluarga, 5 juta per orang {Rp 50.000.000}
dinas g | Dinas Pariwisata Kabupaten Kutai Kartanegara | 64.02 | h=stan UMKM di Festival Erau Tenggarong dan kawasan Pulau Kumala {40:produk}
donor m | BAZNAS Kabupaten Kutai Kartanegara | 64.02 | d=zakat produktif berupa modal usaha bagi mustahik pelaku usaha mikro {Rp 300.000.000}
donor s | Bankaltimtara Cabang Tenggarong | 64.02 | d=KUR mikro dan kredit usaha perempuan tanggung renteng, tanpa agunan sampai Rp 25 jt {Rp 3 M}
donor s | CSR PT Batubara Loa Kulu Sejahtera | 64.02 | d=bantuan modal usaha bagi UMKM desa ring 1 Kecamatan Loa Kulu dan Loa Janan {Rp 400.000.000} | h=rekrut operator alat berat dan welder dari desa ring 1 {20}
donor s | TJSL PT Migas Delta Mahakam | 64.02 | d=hibah modal dan kemasan bagi kelompok pengolah ikan di desa ring 1 Kecamatan Muara Jawa, Sanga-Sanga dan Anggana {Rp 300.000.000}
donor s | CSR PT Kaltim Batu Lestari | 64.02 | d=bantuan modal usaha bagi kelompok perempuan di kelurahan ring 1 Kecamatan Tenggarong: Loa Ipuh, Loa Tebu dan Mangkurawang {Rp 250.000.000}
donor s | CSR PT Sawit Mahakam Hulu | 64.02 | d=modal usaha bagi petani plasma dan desa sekitar kebun di Kecamatan Kembang Janggut dan Kenohan {Rp 200.000.000}
donor s | Program Hibah Modal Usaha Perempuan Pengolah Pangan (seleksi nasional) | 31.74 | d=hibah modal kerja bagi kelompok perempuan pengolah pangan dari seluruh Indonesia, proposal daring {Rp 30.000.000}
donor m | LAZ Mahakam Peduli | 64.72 | d=qardhul hasan bagi pedagang Pasar Segiri Samarinda, paling banyak 3 juta per orang {Rp 60.000.000}
dudi s | Pusat Oleh-oleh Khas Kukar Tenggarong | 64.02 | h=titip jual amplang, kerupuk ikan dan sarung tenun dari produsen berizin PIRT {60:produk}
dudi s | Pengepul Ikan Sungai Mahakam Muara Muntai | 64.02 | h=menjual ikan haruan, patin dan baung segar ke pengolah di Tenggarong dan Samarinda {2:ton/minggu}
dudi s | Pedagang Daging Ikan Pipih Pasar Tangga Arung | 64.02 | h=menjual daging ikan pipih giling dan tenggiri ke perajin amplang, bisa bayar tempo 2 minggu {500:kg/minggu}
dudi s | Swalayan Kota Raja Tenggarong | 64.02 | h=konsinyasi produk UMKM berlabel halal dan berbarcode {40:produk}
dudi s | Hotel Kedaton Tenggarong | 64.02 | h=membeli amplang dan kerupuk untuk suguhan rapat dan suvenir tamu {100:bungkus/bulan}
koperasi m | Koperasi Konsumen Karyawan PT Jasa Tambang Borneo | 64.02 | h=kantin dan toko koperasi di site Tenggarong Seberang menampung makanan ringan dari UMKM sekitar {300:bungkus/bulan}
ormas m | Pondok Pesantren Al-Mahakam Loa Kulu | 64.02 | h=koperasi pesantren membeli makanan ringan untuk kantin santri {200:bungkus/bulan}
bumdes m | BUMDes Bangun Rejo Makmur (Tenggarong Seberang) | 64.02 | s=rumah produksi bersama dengan spinner dan sealer, bisa dipakai kelompok warga desa {1} | h=kios oleh-oleh di jalan poros Samarinda-Tenggarong {30:produk}
bumdes m | BUMDes Muara Muntai Ilir | 64.02 | h=membeli ikan asin dan kerupuk dari warga desa untuk dijual ke Samarinda {200:kg/bulan}
dudi s | CV Las Mahakam Teknik (Tenggarong Seberang) | 64.02 | p=magang las 1 bulan bagi peserta LPK {4} | h=rekrut welder SMAW bersertifikat {3}
dudi s | PT Galangan Kapal Sungai Mahakam (Loa Janan) | 64.02 | p=magang welder di galangan tongkang {6} | h=rekrut welder 3G/4G bersertifikat {15}
dudi s | PT Jasa Tambang Borneo (kontraktor batubara, site Tenggarong Seberang) | 64.02 | h=rekrut mekanik dan welder berpengalaman minimal 2 tahun {20}
dudi s | Bengkel Bubut dan Ketok Mobil Tenggarong | 64.02 | p=magang ketok bodi mobil dan las karbit {2}
dudi s | Toko Besi dan Kawat Las Tenggarong | 64.02 | s=jual mesin las inverter, kawat las dan APD, bisa cicil untuk bengkel
smk m | SMK Negeri 1 Tenggarong (Teknik Pengelasan) | 64.02 | t=guru las bersertifikat bisa mengajar sore {1} | s=bengkel las bisa dipinjam hari Sabtu {1} | p=siswa PKL pengelasan yang mencari tempat prakerin {30}
smk m | SMK Negeri 2 Tenggarong Seberang (Agribisnis Pengolahan Hasil Perikanan) | 64.02 | s=ruang produksi dengan spinner dan vacuum frying bisa dipakai kelompok binaan {1}
perguruan_tinggi m | Universitas Kartanegara Tenggarong (Fakultas Perikanan) | 64.02 | t=dosen pendamping izin edar dan uji umur simpan {2} | p=pelatihan kemasan dan sanitasi bagi kelompok binaan {25}
perguruan_tinggi m | Politeknik Mahakam Samarinda (Teknik Mesin, LSP P1) | 64.72 | t=asesor las LSP P1 {2} | p=uji kompetensi las bagi peserta LPK mitra {20}
ormas m | TP PKK Kabupaten Kutai Kartanegara | 64.02 | p=kader PKK penggerak {40} | h=bazar PKK di Taman Kota Raja Tenggarong tiap bulan {20:produk}
ormas m | Dekranasda Kabupaten Kutai Kartanegara | 64.02 | h=galeri Dekranasda untuk tenun ulap doyo dan sarung tenun {30:produk}
ormas m | Paguyuban Warga Transmigrasi Tenggarong Seberang | 64.02 | p=menggerakkan pemuda desa transmigrasi ikut pelatihan dan uji kompetensi {30}
tokoh_masyarakat m | Pak Suwarno (mantan welder galangan, Desa Bangun Rejo) | 64.02 | t=mau melatih praktik las dua kali seminggu {1}
tokoh_masyarakat m | Ibu Hj. Masnah (perajin amplang senior, Tenggarong) | 64.02 | t=mau mengajari resep amplang yang renyah dan tahan lama {1}
dudi s | Rumah Makan Ikan Bakar Tepian Mahakam Tenggarong | 64.02 | h=menjual amplang titipan di kasir untuk oleh-oleh pelanggan {50:bungkus/bulan}
dinas g | Kantor Kecamatan Tenggarong Seberang (Seksi Pemberdayaan Masyarakat) | 64.02 | h=menghubungkan pemuda desa pencari kerja dengan perusahaan sekitar, tanpa jaminan penempatan {30}
dudi s | CV Amplang Putri Tenggarong | 64.02 tidak | h=membeli putus amplang dari ibu-ibu {500:bungkus/bulan}
dudi s | PT Konstruksi Baja Kukar | 64.02 tidak | p=magang las {6} | h=rekrut welder {10}
dudi s | Warung Oleh-oleh Bu Imah | 64.02 x | h=titip
dudi s | Bengkel Las Pak Man | 64.02 x | p=magang
dudi s | Toko Mesin dan Kemasan Samarinda | 64.72 | s=jual spinner, sealer dan standing pouch, kredit 6 bulan
dudi s | Toko Oleh-oleh Citra Niaga Samarinda | 64.72 | h=membeli putus amplang kemasan dari produsen Samarinda dan Tenggarong {300:bungkus/bulan}
lkp m | LPK Las Samarinda Jaya | 64.72 | p=kursus las dan penempatan kerja hanya bagi alumni LPK sendiri {20}
dudi s | Sentra Tenun Sarung Samarinda Seberang | 64.72 | p=magang menenun sarung {4} | h=membeli sarung dari penenun {50:lembar/bulan}
dudi s | PT Kilang Teknik Balikpapan (kontraktor migas) | 64.71 | p=magang welder {6} | h=rekrut welder pipa 6G bersertifikat migas {10}
dudi s | Toko Oleh-oleh Bandara Balikpapan | 64.71 | h=titip jual amplang dan kue khas Kaltim di bandara {40:produk}
dudi s | CV Fabrikasi Industri Bontang | 64.74 | h=rekrut helper las dan fitter lulusan pelatihan {15}
dudi s | PT Tambang Sangatta Mandiri | 64.08 | h=rekrut welder bersertifikat, mess disediakan {20}
dudi s | Pusat Oleh-oleh Khas Banjar | 63.71 | h=membeli amplang dan kerupuk dari produsen Banjarmasin {40:produk}
dudi s | Toko Daring Rasa Kalimantan (Jakarta) | 31.74 | h=membeli amplang Samarinda dan Tenggarong tiap bulan, kirim kargo {400:bungkus/bulan}
dudi s | PT Tenaga Las Nusantara (penyalur tenaga kerja) | 31.74 | h=menyalurkan welder bersertifikat ke proyek di seluruh Indonesia dan luar negeri, biaya penempatan ditanggung peserta {50}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 4. Nusa Tenggara Timur: Kabupaten Sumba Timur (53.11)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_sumbatimur",
        "STM",
        "Kontribusi yang Diberikan",
        """
dinas g | Dinas Kelautan dan Perikanan Kabupaten Sumba Timur | 53.11 | t=penyuluh perikanan pendamping budidaya rumput laut di Kecamatan Pahunga Lodu, Wula Waijelu dan Rindi {3} | s=bantuan bibit rumput laut dan tali ris bagi kelompok pembudidaya terdaftar lewat proposal {20:paket}
dinas g | Dinas Perindustrian dan Perdagangan Kabupaten Sumba Timur | 53.11 | t=pendamping IKM tenun ikat {2} | h=memfasilitasi keikutsertaan kelompok tenun dalam pameran di Kupang dan Jakarta, biaya stan ditanggung dinas {10:kelompok}
dinas g | Dinas Koperasi, UKM dan Tenaga Kerja Kabupaten Sumba Timur | 53.11 | d=dana bergulir bagi koperasi dan kelompok usaha terdaftar, jasa 4 % per tahun {Rp 250.000.000} | p=pelatihan pembukuan sederhana {30}
dinas g | Dinas Sosial Kabupaten Sumba Timur | 53.11 | d=bantuan KUBE bagi keluarga penerima PKH dalam DTKS {Rp 20.000.000}
dinas g | Dinas Pariwisata dan Kebudayaan Kabupaten Sumba Timur | 53.11 | p=pelatihan pemandu wisata {20} | h=stan tenun ikat di Festival Tenun Ikat Sumba dan Parade Kuda Sandelwood {30:lembar}
dinas g | Dinas Pertanian Kabupaten Sumba Timur | 53.11 | t=penyuluh pertanian lahan kering {4} | s=bantuan benih jagung dan sorgum serta pompa air tenaga surya bagi kelompok tani lahan kering {10}
dinas g | Dinas Peternakan Kabupaten Sumba Timur | 53.11 | s=bantuan bibit sapi Sumba Ongole dan kuda sandelwood bagi kelompok ternak {20:ekor}
dinas g | Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Sumba Timur | 53.11 | d=modal usaha bagi perempuan kepala keluarga, 3 juta per orang {Rp 30.000.000}
blk g | UPTD Balai Latihan Kerja Waingapu | 53.11 | t=instruktur menjahit dan las {2} | p=pelatihan menjahit dan las 160 JP {16}
donor m | Sinode GKS, Komisi Pelayanan Perempuan | 53.11 | d=dana bergulir bagi kelompok perempuan jemaat GKS di Klasis Waingapu dan Klasis Kambera {Rp 100.000.000} | p=pelatihan pengelolaan usaha bagi kelompok jemaat {30}
donor s | Bank NTT Cabang Waingapu | 53.11 | d=KUR mikro dan Kredit Merdeka tanpa agunan sampai Rp 10 jt per orang {Rp 2 M}
donor m | BAZNAS Kabupaten Sumba Timur | 53.11 | d=zakat produktif bagi mustahik muslim pelaku usaha mikro di Kota Waingapu {Rp 40.000.000}
donor s | TJSL PT Pelabuhan Waingapu | 53.11 | d=bantuan modal dan peralatan bagi UMKM di kelurahan ring 1 pelabuhan: Kamalaputi, Hambala dan Matawai {Rp 200.000.000}
donor s | CSR PT Gula Tebu Humba | 53.11 | d=bantuan modal dan sarana usaha bagi desa ring 1 perkebunan di Kecamatan Umalulu dan Rindi {Rp 300.000.000}
donor s | Program Hibah Wastra Nusantara (seleksi nasional) | 31.74 | d=hibah modal kerja dan bahan baku bagi kelompok penenun dari seluruh Indonesia, proposal daring {Rp 25.000.000}
donor s | Program Bantuan Sarana Budidaya Rumput Laut (seleksi nasional) | 31.74 | s=bantuan tali ris, bibit dan para-para bagi kelompok pembudidaya dari seluruh Indonesia lewat e-proposal {15:paket}
donor m | Yayasan Pelestari Tenun Sumba | 53.71 | d=hibah benang dan pewarna alam bagi penenun muda di Pulau Sumba {Rp 60.000.000}
donor m | Yayasan Kelautan Nusa Tenggara | 53.71 | t=fasilitator lapangan budidaya rumput laut untuk Pulau Sumba dan Pulau Rote, tinggal di desa dampingan {2}
donor m | Yayasan Pelita Humba | 53.11 | t=fasilitator kebun gizi dan air bersih di desa dampingan {4}
dudi s | UD Rumput Laut Kaliuda | 53.11 | d=pinjaman bibit dan tali ris ke pembudidaya, dibayar dengan hasil panen {50:paket} | h=membeli rumput laut kering dari pembudidaya di Pahunga Lodu {20:ton/bulan}
dudi s | Toko Pertanian dan Perikanan Waingapu | 53.11 | s=jual tali ris, tali rafia, pelampung dan terpal
dudi s | Toko Benang Sumba Jaya Waingapu | 53.11 | s=jual benang katun dan pewarna sintetis, bisa bon untuk penenun langganan
dudi s | Art Shop Tenun Ikat Prailiu | 53.11 | h=membeli putus kain hinggi dan sarung ikat dari penenun Prailiu dan Kambera {40:lembar/bulan}
dudi s | Hotel Sandalwood Waingapu | 53.11 | p=PKL siswa perhotelan {4} | h=memesan selendang tenun untuk suvenir tamu dan dekorasi {20:lembar/tahun}
dudi s | Pedagang Kain Tenun Antarpulau Waingapu | 53.11 | h=membeli kain tenun motif Kambera untuk dijual ke Bali, harga per lembar sesuai mutu {60:lembar/bulan}
dudi s | Keramba Kerapu Teluk Waingapu | 53.11 | t=teknisi budidaya kerapu keramba jaring apung {2} | p=magang budidaya kerapu {4}
dudi s | CV Cendana Humba | 53.11 | h=membeli kayu cendana dari petani berizin {1:ton/bulan}
dudi s | Pedagang Ternak Antarpulau Waingapu | 53.11 | h=membeli sapi dan kuda dari peternak {50:ekor/bulan}
dudi s | Ekspedisi Kapal Waingapu-Surabaya | 53.11 | s=jasa kirim kargo laut ke Surabaya dan Kupang
pusat_karya m | Sanggar Tenun Ikat Kambera | 53.11 | p=magang menenun dan pewarnaan alam {6} | h=membeli kain dari anggota sanggar {20:lembar/bulan}
pusat_karya m | Rumah Tenun Pewarna Alam Lambanapu | 53.11 | t=penenun senior mengajar pewarna mengkudu dan nila {2} | h=menjual kain penenun lewat galeri bersama untuk wisatawan, komisi 10 % {30:lembar/bulan}
koperasi m | Koperasi Penenun Kambera | 53.11 | d=simpan pinjam anggota {Rp 80.000.000} | h=menampung kain anggota koperasi saja {50:lembar/bulan}
smk m | SMK Negeri 1 Waingapu (Agribisnis Perikanan) | 53.11 | t=guru budidaya perairan {1} | p=siswa PKL perikanan yang mencari tempat praktik {20}
perguruan_tinggi m | Universitas Humba Wacana (Fakultas Perikanan) | 53.11 | t=dosen pendamping budidaya dan pascapanen rumput laut, KKN tematik di Pahunga Lodu {3} | p=penelitian bibit rumput laut kultur jaringan {10}
ormas m | TP PKK Kabupaten Sumba Timur | 53.11 | p=kader PKK penggerak {40} | h=bazar PKK pada Hari Jadi Sumba Timur {20:produk}
ormas m | Dekranasda Kabupaten Sumba Timur | 53.11 | h=galeri Dekranasda dan kurasi tenun ikat untuk pameran Inacraft {30:lembar/bulan}
ormas m | Lembaga Adat Kabihu Prailiu | 53.11 | h=memesan kain hinggi dan lau untuk upacara adat dan belis {30:lembar/tahun}
tokoh_masyarakat m | Mama Rambu Ana (penenun senior Prailiu) | 53.11 | t=mau mengajari motif ikat dan pewarnaan alam {1}
tokoh_masyarakat m | Bapak Umbu Hina (tokoh pembudidaya Desa Kaliuda) | 53.11 | t=pembudidaya berpengalaman mau mengajari petani baru cara ikat bibit dan panen {2} | p=menggerakkan warga pesisir ikut budidaya {40}
bumdes m | BUMDes Kaliuda Sejahtera | 53.11 | s=gudang dan para-para penjemur rumput laut desa bisa dipakai kelompok {1} | h=membeli rumput laut kering dari warga desa {10:ton/bulan}
bumdes m | BUMDes Lambanapu | 53.11 | h=galeri tenun desa wisata menjual kain warga Desa Lambanapu {20:lembar/bulan}
ormas m | Kelompok Ibu Olahan Rumput Laut Melolo | 53.11 | p=pelatihan olahan rumput laut (dodol, stik, es) bagi ibu-ibu {20}
dudi s | CV Tenun Humba Art | 53.11 tidak | h=membeli kain tenun ikat dari penenun Prailiu {50:lembar/bulan}
donor m | LSM Laut Biru Sumba | 53.11 tidak | t=pendamping budidaya rumput laut {3}
dudi s | Kios Tenun Mama Lena | 53.11 x | h=titip jual
ormas m | Kelompok Pembudidaya Wula Waijelu | 53.11 x | t=pembudidaya
dinas g | Dinas Kelautan dan Perikanan Kabupaten Sumba Tengah | 53.17 | t=penyuluh budidaya rumput laut untuk pesisir Sumba Tengah {2}
dudi s | Art Shop Waikabubak | 53.12 | h=membeli kain tenun Sumba Barat dan Sumba Timur untuk wisatawan {20:lembar/bulan}
dinas g | Dinas Kelautan dan Perikanan Provinsi Nusa Tenggara Timur | 53.71 | s=bantuan para-para dan terpal penjemur rumput laut bagi kelompok di kabupaten se-NTT lewat usulan dinas kabupaten {10:paket} | p=pelatihan pascapanen rumput laut di Kupang {30}
dudi s | PT Karaginan Nusantara Kupang | 53.71 | h=membeli rumput laut kering kadar air 35 % dari seluruh NTT {100:ton/bulan}
perguruan_tinggi m | Politeknik Pertanian dan Kelautan Kupang | 53.71 | t=dosen budidaya rumput laut {2}
dudi s | Toko Suvenir NTT Kupang | 53.71 | h=titip jual kain tenun dari penenun Kupang dan Timor {30:lembar/bulan}
dudi s | Toko Oleh-oleh Tenun Bali (Denpasar) | 51.71 | h=membeli kain ikat Sumba Timur dari penenun Waingapu tiap bulan lewat kargo {50:lembar/bulan}
dudi s | Butik Wastra Nusantara Jakarta | 31.74 | h=membeli hinggi kombu pewarna alam langsung dari penenun Sumba Timur {20:lembar/bulan}
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
