"""Write the fourteenth held-out national evaluation directories of mitramatch, in three shapes each.

Everything written here is fictional: the institutions, the people, their offers, capacities,
visions and track records. Government offices, BAZNAS, Bank daerah and PKK teams carry the
standard nomenclature of such bodies (for example "Dinas Sosial Kabupaten Bima"); what
they offer here is invented and says nothing about the real offices. Region codes, regency names
and representative coordinates are real, copied from shared/data/wilayah (github.com/cahyadsn/wilayah,
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

    python3 data/eval/national14/make_national14.py

The grades in judgements.csv were judged by reading the files this script writes; changing a
partner line or the seed invalidates them.
"""

from __future__ import annotations

import csv
import math
import random
import re
from pathlib import Path

SEED = 20290714
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
    "33.05": ("Kabupaten Kebumen", -7.65496, 109.61735),
    "33.06": ("Kabupaten Purworejo", -7.70038, 109.96613),
    "33.04": ("Kabupaten Banjarnegara", -7.35133, 109.65705),
    "33.07": ("Kabupaten Wonosobo", -7.4163, 109.90735),
    "33.01": ("Kabupaten Cilacap", -7.48893, 108.88984),
    "33.74": ("Kota Semarang", -7.0239, 110.39152),
    "34.71": ("Kota Yogyakarta", -7.8033, 110.37436),
    "12.02": ("Kabupaten Tapanuli Utara", 2.00119, 99.06508),
    "12.16": ("Kabupaten Humbang Hasundutan", 2.26116, 98.57771),
    "12.12": ("Kabupaten Toba", 2.38896, 99.24757),
    "12.73": ("Kota Sibolga", 1.74255, 98.7893),
    "12.03": ("Kabupaten Tapanuli Selatan", 1.50062, 99.26696),
    "12.71": ("Kota Medan", 3.62904, 98.6672),
    "14.71": ("Kota Pekanbaru", 0.55128, 101.46573),
    "61.01": ("Kabupaten Sambas", 1.42309, 109.34957),
    "61.72": ("Kota Singkawang", 0.88665, 109.03228),
    "61.07": ("Kabupaten Bengkayang", 1.01195, 109.5784),
    "61.71": ("Kota Pontianak", -0.02578, 109.3317),
    "62.71": ("Kota Palangkaraya", -2.00746, 113.76747),
    "52.06": ("Kabupaten Bima", -8.47481, 118.61902),
    "52.72": ("Kota Bima", -8.45487, 118.78211),
    "52.05": ("Kabupaten Dompu", -8.47222, 118.21686),
    "52.04": ("Kabupaten Sumbawa", -8.7033, 117.48426),
    "52.71": ("Kota Mataram", -8.59015, 116.11096),
    "53.15": ("Kabupaten Manggarai Barat", -8.60272, 119.98855),
    "51.71": ("Kota Denpasar", -8.66836, 115.22082),
    "31.74": ("Kota Administrasi Jakarta Selatan", -6.2726, 106.81004),
}

# Province names as the canonical shape writes them (provinsi.csv; DKI and DIY as lists write them).
PROVINCES = {
    "12": "Sumatera Utara",
    "14": "Riau",
    "31": "DKI Jakarta",
    "33": "Jawa Tengah",
    "34": "DI Yogyakarta",
    "51": "Bali",
    "52": "Nusa Tenggara Barat",
    "53": "Nusa Tenggara Timur",
    "61": "Kalimantan Barat",
    "62": "Kalimantan Tengah",
}
# How official UPPER CASE lists write provinces: full name first, then the short forms people use.
KAPITAL_PROVINCES = {
    "12": ["SUMATERA UTARA", "SUMUT", "PROV. SUMUT", "PROVINSI SUMATERA UTARA"],
    "14": ["RIAU", "PROV. RIAU"],
    "31": ["DKI JAKARTA", "DKI"],
    "33": ["JAWA TENGAH", "JATENG", "PROV. JATENG", "PROVINSI JAWA TENGAH"],
    "34": ["DI YOGYAKARTA", "DIY", "D.I. YOGYAKARTA"],
    "51": ["BALI", "PROV. BALI"],
    "52": ["NUSA TENGGARA BARAT", "NTB", "PROV. NTB", "PROVINSI NUSA TENGGARA BARAT"],
    "53": ["NUSA TENGGARA TIMUR", "NTT"],
    "61": ["KALIMANTAN BARAT", "KALBAR", "PROV. KALBAR", "PROVINSI KALIMANTAN BARAT"],
    "62": ["KALIMANTAN TENGAH", "KALTENG"],
}
# Older, shortened or misspelt regency names people still write (used by the kapital shape,
# alongside the standard KAB. X / KOTA X form). A leading "!" means: always use the variants.
KAPITAL_VARIANTS = {
    "33.05": ["!", "KAB. KEBUMEN", "KEBUMEN", "KABUPATEN KEBUMEN", "KEBOEMEN", "KAB KEBUMEN"],
    "33.06": ["PURWOREJO", "KAB. PURWOREJO (KUTOARJO)"],
    "33.04": ["BANJARNEGARA", "B. NEGARA"],
    "33.07": ["WONOSOBO"],
    "33.01": ["CILACAP", "KAB. CILACAP"],
    "33.74": ["SEMARANG", "KOTA SEMARANG"],
    "34.71": ["YOGYAKARTA", "JOGJA", "KOTA JOGJAKARTA"],
    "12.02": [
        "!",
        "KAB. TAPANULI UTARA",
        "TAPANULI UTARA",
        "TAPUT",
        "KAB. TAPUT",
        "TARUTUNG",
        "KAB. TAPANULI UTARA (TARUTUNG)",
    ],
    "12.16": ["HUMBAHAS", "HUMBANG HASUNDUTAN", "KAB. HUMBANG HASUNDUTAN (DOLOK SANGGUL)"],
    "12.12": ["TOBA SAMOSIR", "TOBASA", "KAB. TOBA (BALIGE)"],
    "12.73": ["SIBOLGA", "KOTA SIBOLGA"],
    "12.03": ["TAPSEL", "TAPANULI SELATAN"],
    "12.71": ["MEDAN", "KOTA MEDAN"],
    "14.71": ["PEKANBARU", "PEKAN BARU"],
    "61.01": [
        "!",
        "KAB. SAMBAS",
        "SAMBAS",
        "KABUPATEN SAMBAS",
        "SAMBAS (KAB.)",
        "KAB. SAMBAS (KALBAR)",
    ],
    "61.72": ["SINGKAWANG", "KOTA SINGKAWANG"],
    "61.07": ["BENGKAYANG"],
    "61.71": ["PONTIANAK", "KOTA PONTIANAK", "PTK"],
    "62.71": ["PALANGKA RAYA", "PALANGKARAYA"],
    "52.06": ["!", "KAB. BIMA", "BIMA", "BIMA (KAB.)", "KAB. BIMA (WOHA)", "KABUPATEN BIMA"],
    "52.72": ["!", "KOTA BIMA", "BIMA", "KODYA BIMA", "KOTA BIMA (RABA)"],
    "52.05": ["DOMPU"],
    "52.04": ["SUMBAWA", "SUMBAWA BESAR"],
    "52.71": ["MATARAM", "KOTA MATARAM"],
    "53.15": ["MABAR", "LABUAN BAJO", "MANGGARAI BARAT (LABUAN BAJO)"],
    "51.71": ["DENPASAR"],
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
# 1. Jawa Tengah: Kabupaten Kebumen (33.05)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_kebumen",
        "KBM",
        "Tawaran Gotong Royong",
        """
dinas g | Dinas Tenaga Kerja dan Koperasi UKM Kabupaten Kebumen | 33.05 | d=pinjaman dana bergulir UMKM binaan, jasa 3 % per tahun, maksimal Rp 25 jt per usaha {Rp 500.000.000} | p=pelatihan berbasis kompetensi bagi pencari kerja: las, menjahit, barista {48} | h=bursa kerja dan pelayanan kartu AK/1 {200}
dinas g | Dinas Pariwisata dan Kebudayaan Kabupaten Kebumen | 33.05 | t=narasumber sadar wisata dan Sapta Pesona {2} | p=pelatihan pokdarwis dan pengelola desa wisata kawasan Geopark Kebumen {40} | h=stan UMKM oleh-oleh di Kebumen Fair dan pintu masuk Goa Jatijajar {25:produk}
dinas g | Dinas Perindustrian dan Perdagangan Kabupaten Kebumen | 33.05 | p=pendampingan IKM pangan: sertifikasi halal gratis (SEHATI) dan desain kemasan {30} | h=kurasi dan fasilitasi pameran produk IKM di Semarang dan Jakarta {20:produk}
dinas g | Dinas Pertanian dan Pangan Kabupaten Kebumen | 33.05 | t=penyuluh pendamping penderes kelapa {2} | s=bantuan bibit kelapa genjah untuk kelompok tani {500:bibit}
dinas g | Dinas Sosial Pengendalian Penduduk dan KB Kabupaten Kebumen | 33.05 | d=bantuan KUBE bagi keluarga penerima PKH yang terdaftar di DTKS {Rp 20.000.000}
dinas g | Dinas Pendidikan dan Kebudayaan Kabupaten Kebumen (Bidang PAUD dan PNF) | 33.05 | d=BOP kesetaraan dan dana PKW bagi PKBM terakreditasi, diajukan lewat Dapodik {Rp 150.000.000} | t=penilik PNF {2}
dinas g | Bappeda Kabupaten Kebumen (Sekretariat Forum CSR) | 33.05 | p=memfasilitasi dan menghubungkan proposal kelompok masyarakat dengan perusahaan anggota Forum CSR Kebumen
blk g | UPTD Balai Latihan Kerja Kabupaten Kebumen | 33.05 | t=instruktur bahasa Inggris untuk pariwisata dan instruktur tata boga {2} | s=ruang kelas dan dapur praktik bisa dipinjam lembaga lain di luar jadwal {2} | p=pelatihan barista dan tata boga 160 JP {16}
dinas g | UPT Objek Wisata Goa Jatijajar dan Goa Petruk | 33.05 | t=pemandu goa senior bisa mengajar calon pemandu muda {3} | p=magang pemandu wisata di Goa Jatijajar bagi peserta kursus dari lembaga di Kecamatan Ayah dan Buayan {6} | h=kios UMKM di area parkir {20:kios}
donor m | BAZNAS Kabupaten Kebumen | 33.05 | d=Kebumen Makmur: zakat produktif berupa modal usaha bagi mustahik dan kelompok usaha mustahik (penderes, pedagang kecil) {Rp 300.000.000}
donor s | Bank Jateng Cabang Kebumen | 33.05 | d=KUR mikro dan kredit Mitra Jateng bunga rendah bagi UMKM, tanpa agunan sampai 50 jt {Rp 3 M}
donor s | TJSL PT Semen Karst Gombong | 33.05 | d=bantuan modal usaha bagi kelompok di desa ring 1 Kecamatan Buayan dan Rowokele {Rp 250.000.000} | p=pelatihan pemandu wisata dan homestay bagi pemuda desa ring 1 Kecamatan Buayan dan Rowokele {20}
donor m | LAZISMU Kabupaten Kebumen | 33.05 | d=modal usaha bergulir khusus kelompok Bina Usaha Ekonomi Keluarga 'Aisyiyah (BUEKA) {Rp 80.000.000}
donor m | LAZISNU Kebumen (NU Preneur) | 33.05 | d=modal usaha tanpa bunga bagi pelaku usaha mikro warga nahdliyin, Rp 2-5 juta per orang {Rp 100.000.000}
donor s | Kompetisi Hibah UMKM Pangan Hijau (seleksi nasional) | 31.74 | d=hibah modal kerja hingga Rp 25.000.000 bagi kelompok produsen pangan organik dari seluruh Indonesia, proposal daring {Rp 25.000.000}
dudi s | CV Sari Nira Organik Kebumen (eksportir gula semut) | 33.05 | p=pendampingan ICS organik bagi kelompok pemasok {20} | h=membeli gula semut dan gula kelapa cetak dari KUB penderes dengan harga kontrak, dibantu pengurusan sertifikat organik {10:ton/bulan}
dudi s | PT Nira Kelapa Nusantara | 33.05 | h=membeli nira kelapa segar dari penderes untuk diolah di pabrik {5000:liter/hari}
dudi s | Toko Gula Jawa dan Bahan Kue Pasar Tumenggungan | 33.05 | h=membeli gula kelapa cetak dari penderes dan kelompok untuk dijual eceran dan grosir {2:ton/bulan}
dudi s | UD Sumber Nira Karanganyar | 33.05 | s=jual laru, bumbung, wajan besar dan tungku hemat energi untuk penderes, bisa dicicil
dudi s | Pusat Oleh-oleh Lanting Mekar Jaya | 33.05 | h=titip jual lanting, sale pisang, gula semut kemasan dan jipang dari produsen yang sudah ber-PIRT {60:produk}
dudi s | Toko Oleh-oleh Khas Kebumen Jalan Pemuda | 33.05 | h=membeli putus lanting dan criping dari pembuat rumahan {300:bal/bulan}
dudi s | Hotel Candisari Kebumen | 33.05 | p=menerima siswa PKL bagian front office dan F&B {4} | h=membeli gula semut sachet untuk kopi dan teh tamu {20:kg/bulan}
dudi s | Rumah Makan Sate Ambal Pak Kasman | 33.05 | h=membeli gula kelapa cetak untuk bumbu sate dan kecap {200:kg/bulan}
dudi s | Pabrik Kecap Cap Bangau Kebumen | 33.05 | h=membeli gula kelapa cetak dari pengepul dan kelompok, kontrak tahunan {3:ton/bulan}
bumdes m | BUMDes Karangduwur Sejahtera (pengelola Pantai Menganti) | 33.05 | p=magang pemandu dan petugas wisata di Pantai Menganti {5} | h=merekrut pemandu lokal saat musim libur {6}
bumdes m | BUMDes Logending Jaya | 33.05 | h=kios oleh-oleh di Pantai Logending menerima titipan produk warga {25:produk}
dudi s | Menganti Tour and Travel | 33.05 | p=magang staf tur {3} | h=merekrut pemandu lepas lulusan kursus untuk paket tur Menganti-Jatijajar-Karangsambung {6}
dudi s | Homestay Omah Karangbolong | 33.05 | p=praktik kerja mengelola homestay dan menyambut tamu {3}
ormas m | HPI (Himpunan Pramuwisata Indonesia) DPC Kebumen | 33.05 | t=pramuwisata berlisensi bersedia menjadi instruktur kelas pemandu wisata dua kali seminggu {3} | p=uji kompetensi pemandu wisata bersama LSP {20}
lkp m | LKP Global English Gombong | 33.05 | t=tutor bahasa Inggris {2} | p=kursus bahasa Inggris umum, berbayar {30}
lkp m | LKP Pariwisata Ayodya Gombong | 33.05 | p=kursus pemandu wisata dan penempatan magang peserta di objek wisata mitra jaringan alumni {20} | h=penyaluran lulusan ke agen perjalanan {10}
pkbm m | PKBM Sinar Gombong | 33.05 | t=tutor kesetaraan {3} | p=warga belajar paket C yang ingin magang di bidang pariwisata {20}
smk m | SMK Negeri 3 Kebumen (Usaha Layanan Pariwisata) | 33.05 | t=guru produktif layanan pariwisata bisa mengajar kelas lembaga lain sore hari {2} | p=siswa PKL ULP yang mencari tempat prakerin {30}
perguruan_tinggi m | Universitas Ma'arif Kebumen Raya (Prodi Agroteknologi) | 33.05 | t=dosen pendamping sertifikasi organik dan ICS gula kelapa {2} | p=pelatihan ICS organik, sanitasi dan kemasan bagi kelompok penderes binaan {25}
perguruan_tinggi m | Akademi Pariwisata Jatijajar | 33.05 | t=dosen tamu kepemanduan wisata dan geowisata Karangsambung {2} | s=laboratorium bahasa {1}
ormas m | TP PKK Kabupaten Kebumen | 33.05 | p=kader PKK penggerak {40} | h=bazar UMKM tiap Minggu pagi di Alun-alun Kebumen saat car free day {20:produk}
ormas m | Dekranasda Kabupaten Kebumen | 33.05 | h=galeri kerajinan unggulan Kebumen (genteng Sokka, batik, anyaman pandan) {40:produk}
koperasi m | KSU Penderes Manggar Sejahtera | 33.05 | d=simpan pinjam khusus anggota penderes, angsuran mingguan {Rp 150.000.000} | h=menampung gula kelapa anggota untuk dijual ke eksportir {5:ton/bulan}
pusat_karya m | Sentra Genteng Sokka Pejagoan | 33.05 | p=magang mencetak genteng {5} | h=rekrut tenaga cetak dan bakar genteng {10}
pusat_karya m | Rumah Batik Tulis Sekar Kebumen | 33.05 | p=kelas membatik untuk wisatawan dan pelajar {20} | h=membeli kain batik tulis dari pembatik rumahan {40:lembar/bulan}
tokoh_masyarakat m | Mbah Karsodimejo (penderes senior Alian) | 33.05 | t=mau mengajari cara menderes dan memasak gula semut supaya tidak lembek {1}
tokoh_masyarakat m | Pak Slamet Riyadi (purnatugas pemandu Goa Jatijajar) | 33.05 | t=bersedia melatih pemandu muda cerita sejarah goa dan keselamatan pengunjung tiap Sabtu {1}
dudi s | CV Gula Semut Lestari Buayan | 33.05 tidak | h=membeli gula semut dari kelompok penderes {2:ton/bulan}
lkp m | LKP Pemandu Geowisata Karangsambung | 33.05 tidak | t=instruktur pemandu geowisata berlisensi {2}
dudi s | Pengepul Gula Pak Darto | 33.05 x | h=beli gula
ormas m | Karang Taruna Kecamatan Ayah | 33.05 x | p=pemuda
dudi s | PT Kelapa Organik Kaligesing | 33.06 | h=membeli gula semut organik dari kelompok penderes se-Kebumen dan Purworejo, dijemput truk {20:ton/bulan}
dudi s | Toko Oleh-oleh Carica Dieng | 33.07 | h=titip jual carica, purwaceng dan keripik jamur dari produsen Wonosobo {30:produk}
blk g | UPTD BLK Kabupaten Banjarnegara | 33.04 | t=instruktur pemandu wisata alam Dieng bisa diperbantukan ke lembaga di kabupaten tetangga {1}
donor s | TJSL Fuel Terminal Cilacap | 33.01 | d=bantuan modal bagi kelompok usaha di kelurahan ring 1 Kecamatan Cilacap Selatan {Rp 200.000.000}
dinas g | Dinas Tenaga Kerja dan Transmigrasi Provinsi Jawa Tengah | 33.74 | p=pemagangan dalam negeri di hotel dan destinasi wisata se-Jawa Tengah bagi lulusan LPK dan PKBM yang diusulkan lembaga {40}
dudi s | Hotel Malioboro Asri Yogyakarta | 34.71 | h=membeli gula semut organik untuk restoran hotel dari pemasok Kebumen {50:kg/bulan}
lkp m | LKP Pramuwisata Jogja | 34.71 | t=instruktur pramuwisata berlisensi, kelas di Yogyakarta {3}
dudi s | Gerai Pangan Organik Nusantara (toko daring Jakarta) | 31.74 | h=membeli gula semut organik bersertifikat dari kelompok di Jawa Tengah tiap bulan {500:kg/bulan}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 2. Sumatera Utara: Kabupaten Tapanuli Utara (12.02)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_tapanuliutara",
        "TPU",
        "Rangkuman Daya Bantu",
        """
dinas g | Dinas Pertanian Kabupaten Tapanuli Utara | 12.02 | t=penyuluh kopi arabika {3} | s=bantuan unit pulper dan huller bagi kelompok tani yang terdaftar di Simluhtan, diusulkan lewat proposal CPCL {4} | p=sekolah lapang budidaya kopi dan andaliman {30}
dinas g | Dinas Perindustrian dan Perdagangan Kabupaten Tapanuli Utara | 12.02 | s=rumah produksi kopi bersama di Siborongborong (mesin sangrai 5 kg dan grinder), bisa dipakai IKM binaan bergiliran {1} | h=fasilitasi pameran produk IKM di Medan {20:produk}
dinas g | Dinas Koperasi dan UKM Kabupaten Tapanuli Utara | 12.02 | d=pinjaman dana bergulir bagi koperasi dan UMKM terdaftar, jasa 3 % per tahun {Rp 500.000.000} | p=pelatihan kewirausahaan dan pembukuan {40}
dinas g | Dinas Sosial Kabupaten Tapanuli Utara | 12.02 | d=bantuan usaha ekonomi produktif (UEP) bagi penyandang disabilitas dan lansia terdaftar di DTKS {Rp 30.000.000}
dinas g | Dinas Pariwisata Kabupaten Tapanuli Utara | 12.02 | p=pelatihan pemandu wisata rohani {20} | h=galeri ulos dan suvenir di kawasan Salib Kasih, Siatas Barita {30:produk}
dinas g | Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Tapanuli Utara | 12.02 | d=stimulan usaha Rp 2 juta per orang bagi perempuan kepala keluarga {Rp 60.000.000} | p=pelatihan kewirausahaan perempuan {40}
dinas g | Dinas Tenaga Kerja Kabupaten Tapanuli Utara | 12.02 | p=pelatihan berbasis kompetensi bagi pencari kerja: menjahit, las, barista kopi {48} | h=bursa kerja dan AK/1 {150}
dinas g | Balai Penyuluhan Pertanian Kecamatan Sipahutar | 12.02 | t=PPL pendamping kelompok tani kopi {2} | p=demplot petik merah dan pemangkasan kopi {25}
dinas g | Bappeda Kabupaten Tapanuli Utara | 12.02 | p=menghubungkan kelompok tani dan UMKM dengan BUMN dan perusahaan untuk usulan bantuan alat
blk g | UPT Pelatihan Kerja Tarutung | 12.02 | t=instruktur barista dan roasting kopi {2} | s=lab barista dengan mesin sangrai 1 kg bisa dipinjam kelompok tani di luar jadwal pelatihan {1} | p=pelatihan barista 160 JP {16}
donor m | Diakonia HKBP Distrik Silindung | 12.02 | d=modal bergulir khusus kelompok parompuan (kaum ibu) jemaat HKBP Ressort Tarutung Kota {Rp 120.000.000}
donor m | BAZNAS Kabupaten Tapanuli Utara | 12.02 | d=zakat produktif bagi mustahik muslim di Tapanuli Utara {Rp 100.000.000}
donor s | Bank Sumut Cabang Tarutung | 12.02 | d=KUR dan kredit usaha mikro tanpa agunan sampai Rp 50 jt {Rp 2 M}
donor s | TJSL PT Panas Bumi Pahae | 12.02 | d=bantuan modal dan alat bagi kelompok di desa ring 1 Kecamatan Pahae Julu dan Pahae Jae {Rp 250.000.000} | p=pelatihan pertanian organik di desa ring 1 {30}
donor s | Hibah Wastra Nusantara (seleksi nasional) | 31.74 | d=hibah modal kerja bagi kelompok penenun kain tradisional dari seluruh Indonesia untuk benang, pewarna dan upah tenun, proposal daring {Rp 30.000.000}
donor s | Program Hibah Alat Pascapanen Kopi (seleksi nasional) | 31.74 | s=hibah pulper, huller dan rumah jemur bagi kelompok tani kopi, seleksi proposal daring {10}
dudi s | CV Kopi Siborongborong Mandiri | 12.02 | s=jual mesin pulper dan huller buatan lokal, bisa cicil 6 bulan | h=membeli gabah kopi dan green bean dari petani {20:ton/bulan}
dudi s | Bengkel Las Tarutung Jaya | 12.02 | s=membuat pulper, huller dan para-para besi sesuai pesanan
dudi s | Toko Pertanian Sipoholon | 12.02 | s=menjual terpal jemur, karung, pupuk dan gunting pangkas
dudi s | Kedai Kopi Huta Tarutung | 12.02 | h=membeli kopi sangrai lokal untuk kedai {30:kg/bulan}
dudi s | Toko Ulos Parulosan Pasar Tarutung | 12.02 | h=membeli putus ulos sadum, ragi hotang dan harungguan dari penenun {100:lembar/bulan}
dudi s | Toko Benang dan Alat Tenun Sinar Partonun | 12.02 | s=jual benang, pewarna dan alat tenun gedogan, bisa kredit bagi kelompok
dudi s | Hotel Bukit Salib Kasih | 12.02 | h=memesan ulos untuk cendera mata tamu rombongan {20:lembar/tahun}
dudi s | UD Andaliman Silindung | 12.02 | h=membeli andaliman segar dari petani {1:ton/bulan}
dudi s | Roastery Parhutaan Siborongborong | 12.02 | t=roaster berpengalaman bisa melatih profil sangrai {1} | s=jasa sangrai kopi (maklon) Rp 15 ribu per kg | h=membeli green bean grade 1 {2:ton/bulan}
dudi s | Pengepul Kopi Onan Siborongborong | 12.02 | h=membeli gabah kopi basah dari petani setiap hari Kamis {5:ton/minggu}
dudi s | CV Silindung Karya Konstruksi | 12.02 | h=rekrut tukang batu dan tukang kayu {6}
lkp m | LKP Barista Kopi Toba Siborongborong | 12.02 | p=kursus barista dan cupping kopi berbayar {15}
smk m | SMK Negeri 1 Tarutung (Agribisnis) | 12.02 | s=mesin pengupas kopi di teaching factory bisa dipinjam kelompok tani hari Sabtu {1} | p=siswa PKL agribisnis yang mencari tempat prakerin {20}
perguruan_tinggi m | Politeknik Pertanian Silindung | 12.02 | t=dosen pascapanen kopi {2} | s=laboratorium uji mutu kopi dan mesin huller bisa dipakai kelompok binaan {1} | p=pelatihan pascapanen kopi specialty (petik merah, fermentasi, full wash) bagi kelompok tani binaan {25}
perguruan_tinggi m | Akademi Desain Tekstil Silindung | 12.02 | t=dosen desain motif dan pewarna alam untuk kelompok tenun {2}
ormas m | TP PKK Kabupaten Tapanuli Utara | 12.02 | p=kader PKK penggerak {40} | h=bazar PKK di Lapangan Serbaguna Tarutung tiap bulan {20:produk}
ormas m | Dekranasda Kabupaten Tapanuli Utara | 12.02 | p=kurasi produk kerajinan {20} | h=galeri ulos dan kerajinan Taput serta pesanan ulos untuk tamu pemkab {40:lembar/bulan}
ormas m | Panitia Ziarah Salib Kasih | 12.02 | h=stan suvenir ulos dan kerajinan bagi peziarah pada hari besar gerejawi {20:produk}
ormas m | Punguan Raja Huta Silindung | 12.02 | p=menggerakkan warga huta dan sosialisasi program
koperasi m | KSU Kopi Tapanuli Sejahtera | 12.02 | d=simpan pinjam anggota {Rp 200.000.000} | s=pinjam pakai huller dan lantai jemur khusus anggota {2} | h=menampung gabah kopi anggota {10:ton/bulan}
koperasi m | Credit Union Parsaoran Silindung | 12.02 | d=pinjaman produktif bagi anggota CU, bunga 1,5 % per bulan, syarat menjadi anggota 3 bulan {Rp 1 M}
bumdes m | BUMDes Huta Siaro Sipahutar | 12.02 | s=rumah jemur kopi tenaga surya milik BUMDes bisa dipakai gratis kelompok tani di Kecamatan Sipahutar {1}
pusat_karya m | Sentra Partonun Hutagalung | 12.02 | p=magang menenun ulos {5} | h=membeli ulos dari penenun sekitar untuk dijual ke Medan dan Jakarta {40:lembar/bulan}
tokoh_masyarakat m | Ompu boru Simanjuntak (partonun senior) | 12.02 | t=mau mengajari motif ulos ragi hotang dan sadum lama {1}
tokoh_masyarakat m | Pdt. (Em.) Hotman Situmorang | 12.02 | p=menggerakkan kaum ibu dan pemuda gereja untuk program ekonomi
dudi s | Galeri Ulos Sopo Partonun | 12.02 tidak | h=membeli ulos tenun tangan dari kelompok {50:lembar/bulan}
donor m | Proyek Kopi Lestari Tapanuli (LSM internasional, sudah selesai) | 12.02 tidak | s=hibah pulper, huller dan para-para bagi kelompok tani kopi {8}
dudi s | Toke Ulos Mak Butet | 12.02 x | h=beli ulos
ormas m | Kelompok Tani Dos Roha | 12.02 x | s=alat
dudi s | Koperasi Kopi Lintong Nihuta | 12.16 | s=pinjam pakai pulper keliling bagi kelompok tani mitra di Lintongnihuta dan Siborongborong {2} | h=membeli gabah kopi dari kelompok tani mitra {30:ton/bulan}
dudi s | Galeri Ulos dan Songket Batak Balige | 12.12 | h=titip jual ulos dari penenun Silindung dan Toba {60:lembar/bulan}
dudi s | Toko Mesin Pertanian Sibolga | 12.73 | s=jual mesin huller, pulper dan genset
dudi s | Koperasi Kopi Sipirok | 12.03 | h=membeli kopi dari petani Sipirok {10:ton/bulan}
donor s | CSR PT Agro Kopi Nusantara (eksportir, Medan) | 12.71 | s=hibah mesin pulper dan para-para bagi kelompok tani pemasok kopi di Tapanuli Utara dan Humbahas yang terikat kontrak {6} | h=membeli green bean arabika dari kelompok pemasok {50:ton/bulan}
dudi s | Butik Ulos Medan | 12.71 | h=membeli ulos tenun tangan dari penenun Tarutung dan Muara untuk butik di Medan {30:lembar/bulan}
lkp m | LPK Pascapanen Kopi Medan | 12.71 | t=instruktur Q-grader dan pascapanen, kelas di Medan {2} | p=kursus cupping dan pascapanen berbayar {20}
dudi s | Toko Oleh-oleh Batak Pekanbaru | 14.71 | h=titip jual ulos dan andaliman kering dari pemasok Tapanuli {20:produk}
dudi s | Gerai Kopi Spesialti Jakarta | 31.74 | h=membeli green bean arabika Tapanuli Utara {2:ton/bulan}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 3. Kalimantan Barat: Kabupaten Sambas (61.01)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_sambas",
        "SBS",
        "Manfaat yang Bisa Dibagi",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Provinsi Kalimantan Barat | 61.71 | t=instruktur las bersertifikat dari UPT Pelatihan Kerja Provinsi bisa ditugaskan ke kabupaten lewat program Mobile Training Unit {2} | s=mobil MTU las dengan 6 mesin las untuk pelatihan di kabupaten {1}
dinas g | Cabang Dinas Pendidikan Provinsi Kalimantan Barat Wilayah Sambas | 61.01 | t=pengawas SMK {2} | p=memfasilitasi MoU prakerin SMK dengan DUDI dan penyelarasan kurikulum {10}
dinas g | Dinas Koperasi, UKM dan Perdagangan Kabupaten Sambas | 61.01 | d=pinjaman dana bergulir UMKM {Rp 400.000.000} | h=galeri produk UMKM Sambas di gedung PLBN Aruk dan Terminal Sambas {40:produk}
dinas g | Dinas Perindustrian Kabupaten Sambas | 61.01 | s=bantuan alat tenun gedogan dan ATBM bagi kelompok penenun kain lunggi binaan lewat proposal {10} | p=pelatihan desain motif kain lunggi bagi penenun binaan {25}
dinas g | Dinas Pariwisata, Pemuda dan Olahraga Kabupaten Sambas | 61.01 | h=stan kerajinan dan kain lunggi di Festival Budaya Bumi Sambas dan Festival Temajuk {30:produk}
dinas g | Dinas Pertanian Tanaman Pangan dan Hortikultura Kabupaten Sambas | 61.01 | t=penyuluh jeruk siam {3} | s=bantuan bibit jeruk siam Sambas bebas penyakit {1000:bibit}
dinas g | Dinas Sosial Kabupaten Sambas | 61.01 | d=bantuan KUBE bagi keluarga penerima PKH {Rp 20.000.000}
dinas g | Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak (Bidang PPA) Kabupaten Sambas | 61.01 | p=pelatihan menjahit dan tata rias bagi perempuan kepala keluarga {30}
dinas g | UPT Pengelola PLBN Aruk | 61.01 | p=menghubungkan pelaku usaha perbatasan dengan pembeli dari Sarawak dalam temu bisnis
blk g | BLK Komunitas Pondok Pesantren Darul Ulum Tebas (Kejuruan Las) | 61.01 | t=instruktur las bersertifikat BNSP bisa membantu pelatihan pemerintah di luar pesantren {1} | s=bengkel las 6 mesin bisa dipinjam hari Jumat dan Sabtu {6}
lkp m | LPK Las Karya Pemangkat | 61.01 | t=instruktur las hanya untuk peserta kursus sendiri {2} | p=kursus las dan penempatan peserta ke jaringan alumni di galangan Pemangkat {15}
dudi s | Bengkel Las dan Bubut Tebas Jaya | 61.01 | t=tukang las senior bisa membantu melatih praktik las dasar, tanpa sertifikat {1} | h=rekrut welder lulusan pelatihan {3}
dudi s | Galangan Kapal Nelayan Pemangkat | 61.01 | p=magang las kapal {4} | h=rekrut tukang las untuk kapal besi dan pagar dermaga {5}
dudi s | PT Sawit Sambas Lestari | 61.01 | d=CSR bagi desa ring 1 Kecamatan Sejangkung dan Sajad {Rp 300.000.000} | h=rekrut welder dan mekanik untuk pabrik kelapa sawit {10}
dudi s | Toko Mesin Las dan Teknik Sumber Baja | 61.01 | s=jual mesin las inverter, kawat las dan APD, bisa cicil
dudi s | Rental Alat Konstruksi Sambas | 61.01 | s=sewa mesin las dan genset harian
donor s | TJSL PT PLN (Persero) UP3 Singkawang | 61.72 | s=hibah mesin las inverter dan APD bagi pelatihan kerja pemerintah daerah di Singkawang, Sambas dan Bengkayang, lewat proposal {4}
donor s | Bank Kalbar Cabang Sambas | 61.01 | d=KUR dan kredit usaha mikro {Rp 2 M}
donor m | BAZNAS Kabupaten Sambas | 61.01 | d=zakat produktif bagi mustahik dan kelompok usaha mustahik {Rp 250.000.000}
pusat_karya m | Sentra Tenun Songket Benang Emas Desa Sumber Harapan | 61.01 | p=menerima siswa magang dan prakerin menenun kain lunggi 3 bulan {8} | h=membeli kain songket hasil penenun binaan {30:lembar/bulan}
pusat_karya m | Rumah Tenun Kain Lunggi Mak Long | 61.01 | t=penenun senior bisa menjadi guru tamu {2} | p=kelas menenun satu hari untuk wisatawan {20}
pusat_karya m | Sentra Anyaman Pandan Tekarang | 61.01 | p=magang menganyam tikar dan tas pandan {4} | h=membeli anyaman pandan {100:buah/bulan}
dudi s | Toko Oleh-oleh Khas Sambas Pasar Sentral | 61.01 | h=titip jual kain lunggi, selendang songket dan manisan jeruk {40:produk}
dudi s | UD Aruk Jaya (pedagang lintas batas) | 61.01 | h=membeli karet, lada dan hasil bumi untuk dijual ke Kuching {20:ton/bulan}
dudi s | Pengepul Jeruk Tebas | 61.01 | h=membeli jeruk siam dari petani untuk dikirim ke Jakarta {10:ton/minggu}
dudi s | UD Kopra Jawai | 61.01 | h=membeli kelapa dan kopra dari petani {20:ton/bulan}
dudi s | Toko Benang Songket Sinar Emas | 61.01 | s=jual benang emas, benang sutra dan alat tenun gedogan
dudi s | CV Konstruksi Baja Perbatasan | 61.01 | p=OJT tukang las di proyek {3} | h=rekrut welder untuk proyek jalan paralel perbatasan dan PLBN {6}
dudi s | Counter HP Sambas Seluler | 61.01 | h=rekrut penjaga toko {2}
smk m | SMK Negeri 1 Sambas (Teknik Pengelasan) | 61.01 | t=guru produktif las bersertifikat bisa mengajar kelas pemerintah sore hari {2} | s=bengkel las SMK 10 mesin bisa dipinjam hari Sabtu {10} | p=siswa PKL las yang mencari tempat prakerin {30}
smk m | SMK Negeri 1 Tebas (Tata Busana) | 61.01 | t=guru tata busana {2} | p=siswa PKL tata busana {20}
perguruan_tinggi m | Politeknik Sambas Raya (Prodi Teknik Mesin) | 61.01 | t=dosen teknik pengelasan dan asesor LSP {2} | s=laboratorium las {1}
perguruan_tinggi m | Institut Kriya dan Budaya Melayu Sambas | 61.01 | t=dosen desain tekstil pendamping motif songket {1} | p=penelitian motif kain lunggi {10}
ormas m | Dekranasda Kabupaten Sambas | 61.01 | p=pelatihan motif bagi perajin {20} | h=galeri kain lunggi dan songket serta pesanan seragam songket untuk ASN {50:lembar/bulan}
ormas m | TP PKK Kabupaten Sambas | 61.01 | p=kader PKK penggerak {40} | h=bazar PKK bulanan di Alun-alun Keraton Sambas {20:produk}
ormas m | Majelis Adat Budaya Melayu Kabupaten Sambas | 61.01 | h=memesan kain songket untuk acara adat dan pengantin Melayu {20:lembar/tahun}
ormas m | Persatuan Pengusaha Bengkel Las dan Bubut Kabupaten Sambas | 61.01 | t=anggota tukang las bersertifikat bersedia menjadi instruktur praktik dengan honor {3} | h=menyalurkan lulusan pelatihan ke bengkel anggota {8}
tokoh_masyarakat m | Wak Long Usman (pensiunan welder galangan di Kuching) | 61.01 | t=bersedia melatih las kapal untuk anak muda, belum bersertifikat {1}
tokoh_masyarakat m | Mak Esah (penenun kain lunggi senior) | 61.01 | t=mau menjadi guru tamu menenun benang emas {1}
koperasi m | Koperasi Penenun Songket Sambas | 61.01 | h=memasarkan kain songket khusus anggota koperasi {40:lembar/bulan}
bumdes m | BUMDes Temajuk Bersatu | 61.01 | h=kios suvenir di Pantai Temajuk menerima titipan produk dari luar desa {20:produk}
bumdes m | BUMDes Sebunga Aruk | 61.01 | s=gedung serbaguna desa bisa dipakai untuk pelatihan {1} | h=kios di kawasan PLBN Aruk {15:produk}
pusat_karya m | Sanggar Tenun Songket Kampung Dagang | 61.01 tidak | p=menerima siswa prakerin menenun {6} | h=membeli kain lunggi {20:lembar/bulan}
blk g | BLK Komunitas Las Sejangkung | 61.01 tidak | t=instruktur las {2} | s=bengkel las {4}
dudi s | Bengkel Las Pak Amat | 61.01 x | t=bisa ngajar las
ormas m | Kelompok Penenun Sarilaba | 61.01 x | h=jual kain
blk g | UPT Pelatihan Kerja Kota Singkawang | 61.72 | t=instruktur las 3G bisa diperbantukan ke kabupaten tetangga, biaya perjalanan ditanggung pengundang {2} | s=workshop las 12 booth {12}
dudi s | Hotel Pasir Panjang Singkawang | 61.72 | h=memesan kain songket Sambas untuk dekorasi lobi dan seragam resepsionis {10:lembar/tahun}
donor s | CSR PT Tambang Bauksit Bengkayang | 61.07 | d=bantuan bagi desa ring 1 tambang di Kecamatan Sungai Raya Kepulauan {Rp 200.000.000}
dudi s | Butik Songket Khatulistiwa Pontianak | 61.71 | p=magang desain busana di butik {2} | h=membeli kain lunggi dan songket dari penenun dan sekolah di Sambas {40:lembar/bulan}
lkp m | LPK Las Khatulistiwa Pontianak | 61.71 | t=instruktur las bersertifikat, kelas di Pontianak {3}
dudi s | Toko Kain Tradisional Palangka Raya | 62.71 | h=titip jual kain tradisional Kalimantan {20:produk}
dudi s | Galeri Wastra Melayu Jakarta | 31.74 | h=membeli kain songket Sambas langsung dari sekolah dan sentra tenun {20:lembar/bulan}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 4. Nusa Tenggara Barat: Kabupaten Bima (52.06)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_bima",
        "BMA",
        "Keterangan Uluran Tangan",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Bima | 52.06 | p=pemagangan dalam negeri bagi pencari kerja terdaftar di hotel, ritel dan bengkel mitra di Bima dan Mataram {30} | h=bursa kerja dan pelayanan AK/1 {200}
dinas g | Dinas Koperasi dan UKM Kabupaten Bima | 52.06 | d=pinjaman dana bergulir UMKM, jasa 3 % per tahun {Rp 300.000.000} | p=pelatihan kemasan dan pendampingan PIRT dan sertifikat halal {40}
dinas g | Dinas Perindustrian dan Perdagangan Kabupaten Bima | 52.06 | s=rumah kemasan bersama di Woha (sealer, spinner peniris minyak) bisa dipakai IKM binaan {1} | h=fasilitasi pameran produk IKM Bima di Mataram {20:produk}
dinas g | Dinas Pertanian Tanaman Pangan dan Hortikultura Kabupaten Bima | 52.06 | t=penyuluh bawang merah {3} | s=bantuan benih bawang merah dan pompa air bagi kelompok tani {20}
dinas g | Dinas Sosial Kabupaten Bima | 52.06 | d=bantuan KUBE khusus keluarga penerima PKH yang terdaftar di DTKS {Rp 20.000.000}
dinas g | Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Bima | 52.06 | p=pelatihan menjahit dan tata boga bagi perempuan kepala keluarga {30}
dinas g | Dinas Kelautan dan Perikanan Kabupaten Bima | 52.06 | s=bantuan geomembran tambak garam bagi petambak garam Kecamatan Woha, Bolo dan Sape {40}
dinas g | Kantor Kementerian Agama Kabupaten Bima (Seksi PD Pontren) | 52.06 | d=bantuan inkubasi bisnis pesantren khusus pondok pesantren terdaftar {Rp 50.000.000} | p=pelatihan kewirausahaan santri {40}
blk g | UPTD Balai Latihan Kerja Kabupaten Bima | 52.06 | t=instruktur menjahit bersertifikat {2} | s=ruang menjahit 20 mesin {20} | p=pelatihan menjahit pakaian 160 JP {16} | h=penempatan alumni pelatihan ke konveksi di Mataram {10}
donor m | BAZNAS Kabupaten Bima | 52.06 | d=Bima Makmur: zakat produktif modal usaha bagi mustahik dan kelompok usaha perempuan mustahik {Rp 400.000.000}
donor m | LAZ Mbojo Peduli | 52.06 | d=qardhul hasan bagi pedagang Pasar Amahami dan Pasar Tente, paling banyak Rp 3 jt per orang {Rp 60.000.000}
donor s | Bank NTB Syariah Cabang Woha | 52.06 | d=KUR syariah dan pembiayaan mikro tanpa agunan sampai Rp 50 jt {Rp 3 M}
donor s | TJSL Pelabuhan Bima | 52.72 | d=bantuan modal bagi usaha mikro di kelurahan ring 1 Pelabuhan Bima (Kelurahan Tanjung dan Dara) {Rp 150.000.000}
donor s | CSR PT Garam Nusantara Bima | 52.06 | d=bantuan modal dan alat bagi kelompok perempuan di desa ring 1 Kecamatan Bolo dan Madapangga {Rp 200.000.000}
donor s | Program Hibah Modal Usaha Perempuan Pengolah Pangan (seleksi nasional) | 31.74 | d=hibah modal kerja hingga Rp 30 jt bagi kelompok perempuan pengolah pangan dari seluruh Indonesia, proposal daring {Rp 30.000.000}
donor s | Program Kemitraan Garmen Nasional | 31.74 | s=hibah mesin jahit industri bagi BLK komunitas pesantren, seleksi proposal {20}
dudi s | CV Bawang Goreng Mbojo | 52.06 | h=membeli bawang goreng curah dari kelompok untuk dikemas ulang dengan merek sendiri {500:kg/bulan}
dudi s | Pedagang Pengumpul Bawang Merah Sape | 52.06 | h=membeli bawang merah basah dari petani untuk dikirim ke Surabaya dan Makassar {20:ton/minggu}
dudi s | UD Sumber Rejeki Woha | 52.06 | s=jual bawang merah kering dan minyak goreng curah, kelompok bisa bayar tempo 2 minggu
dudi s | Toko Oleh-oleh Khas Bima Woha | 52.06 | h=titip jual bawang goreng, madu, susu kuda liar dan tembe nggoli dari produsen yang sudah ber-PIRT {50:produk}
dudi s | Swalayan Woha Mart | 52.06 | h=konsinyasi produk UMKM berlabel halal dan PIRT {40:produk}
dudi s | Rumah Makan Sari Laut Lawata | 52.72 | h=membeli bawang goreng untuk masakan dan sambal setiap minggu {30:kg/bulan}
dudi s | Katering Dana Mbojo | 52.06 | h=membeli bawang goreng untuk nasi kotak dan katering hajatan {40:kg/bulan}
dudi s | UD Madu Hutan Tambora | 52.06 | h=menjual madu hutan Bima ke toko oleh-oleh {200:botol/bulan}
dudi s | Peternakan Sapi Bali Monta | 52.06 | h=menjual sapi bakalan dan kuda ke pedagang antarpulau {30:ekor/bulan}
dudi s | CV Mbojo Busana (konveksi seragam Woha) | 52.06 | p=menerima magang penjahit 2 bulan bagi lulusan kursus menjahit {6} | h=rekrut penjahit {4}
dudi s | Konveksi Rimpu Moda (busana muslim) | 52.06 | p=magang jahit busana muslim {3} | h=memberi order jahit borongan seragam sekolah kepada kelompok penjahit {500:potong/bulan}
pusat_karya m | Sentra Tenun Tembe Nggoli Kecamatan Belo | 52.06 | p=magang menenun tembe nggoli {4} | h=membeli tembe nggoli dari penenun {50:lembar/bulan}
dudi s | Toko Kain dan Mesin Jahit Sinar Bima | 52.06 | s=jual mesin jahit, kain dan benang, bisa cicil
dudi s | Hotel Lawata Indah | 52.72 | h=memesan seragam karyawan dari penjahit lokal {60:stel/tahun}
lkp m | LKP Menjahit Rimpu Cantik | 52.06 | p=kursus menjahit dan penempatan magang peserta di konveksi jaringan alumni {15}
lkp m | LKP Tata Busana Dou Labo | 52.06 | t=instruktur pola dan desain busana muslim bisa mengajar di lembaga lain {1}
pkbm m | PKBM Nggusu Waru Bolo | 52.06 | t=tutor kesetaraan {3} | p=warga belajar yang mencari tempat magang menjahit {15}
smk m | SMK Negeri 2 Woha (Tata Busana) | 52.06 | t=guru tata busana bisa mengajar sore hari {2} | s=ruang praktik menjahit bisa dipinjam hari Sabtu {1} | p=siswa PKL tata busana {24}
perguruan_tinggi m | Universitas Mbojo Raya (Prodi Teknologi Pangan) | 52.06 | t=dosen pendamping PIRT dan halal {2} | p=pelatihan pengemasan, PIRT dan izin edar bagi kelompok binaan {25}
ormas m | TP PKK Kabupaten Bima | 52.06 | p=kader PKK penggerak {40} | h=bazar UMKM tiap Jumat di Lapangan Woha {20:produk}
ormas m | Dekranasda Kabupaten Bima | 52.06 | h=galeri tenun tembe nggoli dan kerajinan Bima {40:produk}
ormas m | Majelis Adat Dana Mbojo | 52.06 | p=menggerakkan warga dan sosialisasi program di desa
ormas m | PC Fatayat NU Kabupaten Bima | 52.06 | p=pengajian ibu-ibu dan pelatihan usaha anggota {30}
tokoh_masyarakat m | Ina Hj. Siti Maryam (pembuat bawang goreng senior Palibelo) | 52.06 | t=mau mengajari resep bawang goreng supaya renyah dan tahan lama {1}
tokoh_masyarakat m | TGH. Abdurrahman (pimpinan pondok pesantren di Sape) | 52.06 | p=menggerakkan santri dan wali santri ikut program keterampilan
koperasi m | Koperasi Wanita Mbojo Sejahtera | 52.06 | d=simpan pinjam khusus anggota, angsuran mingguan {Rp 200.000.000} | h=memasarkan produk anggota di toko koperasi {20:produk}
bumdes m | BUMDes Teke Maju | 52.06 | d=penyertaan modal bagi kelompok usaha warga Desa Teke {Rp 25.000.000} | h=kios BUMDes menjual produk warga {20:produk}
bumdes m | BUMDes Lariti Indah (Lambu) | 52.06 | h=kios di Pantai Lariti menerima titipan oleh-oleh {20:produk}
dudi s | Mbojo Shop (toko daring) | 52.06 | h=menjual produk khas Bima di marketplace, bagi hasil 10 % {50:produk}
dudi s | Usaha Garam Rakyat Bolo | 52.06 | h=rekrut buruh panen garam musiman {20}
dudi s | UD Bawang Goreng Ncuhi | 52.06 tidak | h=membeli bawang goreng curah dari kelompok {300:kg/bulan}
dudi s | Konveksi Seragam Bolo Jaya | 52.06 tidak | p=magang jahit {5} | h=rekrut penjahit {3}
donor m | Yayasan Peduli Dou Mbojo | 52.06 x | d=bantuan modal
dudi s | Penjahit Ibu Ros | 52.06 x | p=bisa magang
dudi s | Konveksi Nggahi Rawi Dompu | 52.05 | p=magang jahit 1 bulan bagi lulusan kursus dari Dompu dan Bima {4} | h=rekrut penjahit {2}
dudi s | Toko Oleh-oleh Samawa Sumbawa Besar | 52.04 | h=titip jual susu kuda, madu dan dodol dari produsen Sumbawa {30:produk}
dudi s | PT Garmen Lombok Mandiri | 52.71 | p=pemagangan operator jahit 1 bulan, mess disediakan, untuk lulusan BLK se-NTB {20} | h=rekrut operator jahit {30}
dudi s | Hotel Komodo Bay Labuan Bajo | 53.15 | h=membeli bawang goreng Bima untuk dapur hotel, dikirim lewat kapal Sape-Labuan Bajo {50:kg/bulan}
dudi s | Distributor Oleh-oleh Nusa Tenggara Denpasar | 51.71 | h=membeli oleh-oleh dari Lombok dan Sumbawa untuk toko di Bali {40:produk}
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
