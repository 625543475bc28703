"""Write the twenty-ninth held-out national evaluation directories of mitramatch, in three shapes each.

Everything written here is fictional: the institutions, the people, their offers, capacities,
visions and track records. Government offices, BAZNAS, Bank daerah, LPD and PKK teams carry the
standard nomenclature of such bodies (for example "Dinas Tenaga Kerja Kabupaten Tabanan"); what
they offer here is invented and says nothing about the real offices. Region codes, regency names
and representative coordinates are real, copied from shared/data/wilayah (github.com/cahyadsn/wilayah,
MIT licence, Copyright (c) Cahya DSN, and cahyadsn/wilayah_boundaries for the points).


The line format and the machinery are those of ../national17/make_national17.py (copied, new seed,
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

Run from the directory of this part (standard library only)::

    python3 make_national29.py

The grades in judgements.csv were judged by reading the files this script writes; changing a
partner line or the seed invalidates them.
"""

from __future__ import annotations

import csv
import math
import random
import re
from pathlib import Path

SEED = 20321029
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
    "51.02": ("Kabupaten Tabanan", -8.43023, 115.07827),
    "51.03": ("Kabupaten Badung", -8.58285, 115.18838),
    "51.71": ("Kota Denpasar", -8.66836, 115.22082),
    "51.04": ("Kabupaten Gianyar", -8.48097, 115.28749),
    "51.08": ("Kabupaten Buleleng", -8.20095, 114.96091),
    "35.10": ("Kabupaten Banyuwangi", -8.36466, 114.2059),
    "12.09": ("Kabupaten Asahan", 2.80493, 99.55936),
    "12.74": ("Kota Tanjungbalai", 2.964, 99.79473),
    "12.19": ("Kabupaten Batu Bara", 3.23525, 99.47256),
    "12.72": ("Kota Pematangsiantar", 2.96142, 99.05903),
    "12.71": ("Kota Medan", 3.62904, 98.6672),
    "14.71": ("Kota Pekanbaru", 0.55128, 101.46573),
    "94.04": ("Kabupaten Mimika", -4.52412, 136.84485),
    "94.08": ("Kabupaten Deiyai", -4.19036, 136.39502),
    "94.01": ("Kabupaten Nabire", -3.3766, 135.62762),
    "91.71": ("Kota Jayapura", -2.66453, 140.80014),
    "73.71": ("Kota Makassar", -5.13561, 119.4639),
    "31.74": ("Kota Administrasi Jakarta Selatan", -6.2726, 106.81004),
}

# Province names as the canonical shape writes them (provinsi.csv; DKI as lists write it).
PROVINCES = {
    "12": "Sumatera Utara",
    "14": "Riau",
    "31": "DKI Jakarta",
    "35": "Jawa Timur",
    "51": "Bali",
    "73": "Sulawesi Selatan",
    "91": "Papua",
    "94": "Papua Tengah",
}
# How official UPPER CASE lists write provinces: full name first, then the short forms people use.
# Lists made before the 2022 split still write Mimika and Nabire under PAPUA.
KAPITAL_PROVINCES = {
    "12": [
        "SUMATERA UTARA",
        "SUMUT",
        "PROV. SUMUT",
        "PROVINSI SUMATERA UTARA",
        "SUMATRA UTARA",
    ],
    "14": ["RIAU", "PROV. RIAU"],
    "31": ["DKI JAKARTA", "DKI"],
    "35": ["JAWA TIMUR", "JATIM"],
    "51": ["BALI", "PROV. BALI", "PROVINSI BALI"],
    "73": ["SULAWESI SELATAN", "SULSEL"],
    "91": ["PAPUA", "PROV. PAPUA"],
    "94": ["PAPUA TENGAH", "PROV. PAPUA TENGAH", "PROVINSI PAPUA TENGAH", "PAPUA"],
}
# Older, shortened or misspelt regency names people still write (used by the kapital shape,
# alongside the standard KAB. X / KOTA X form). A leading "!" means: always use the variants.
KAPITAL_VARIANTS = {
    "51.02": [
        "!",
        "KAB. TABANAN",
        "KAB TABANAN",
        "TABANAN",
        "KABUPATEN TABANAN",
        "TABANAN - BALI",
        "KAB. TABANAN, BALI",
    ],
    "51.03": ["BADUNG", "KAB. BADUNG (MANGUPURA)"],
    "51.71": ["DENPASAR", "KODYA DENPASAR"],
    "51.04": ["GIANYAR"],
    "51.08": ["BULELENG", "SINGARAJA"],
    "35.10": ["BANYUWANGI"],
    "12.09": [
        "!",
        "KAB. ASAHAN",
        "KAB ASAHAN",
        "ASAHAN",
        "KAB. ASAHAN (KISARAN)",
        "KISARAN",
        "ASAHAN - SUMUT",
    ],
    "12.74": ["TANJUNGBALAI", "TANJUNG BALAI", "KOTA TANJUNG BALAI", "T. BALAI"],
    "12.19": ["BATUBARA", "BATU BARA"],
    "12.72": ["SIANTAR", "PEMATANG SIANTAR", "P. SIANTAR"],
    "12.71": ["MEDAN", "KOTAMADYA MEDAN"],
    "14.71": ["PEKANBARU"],
    "94.04": [
        "!",
        "KAB. MIMIKA",
        "KAB MIMIKA",
        "MIMIKA",
        "TIMIKA",
        "KAB. MIMIKA (TIMIKA)",
        "MIMIKA - PAPUA",
    ],
    "94.08": ["DEIYAI", "KAB. DEIYAI (WAGHETE)"],
    "94.01": ["NABIRE"],
    "91.71": ["JAYAPURA", "KODYA JAYAPURA"],
    "73.71": ["MAKASSAR", "KOTA MAKASSAR"],
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
    "lkp": [
        "peserta kursus dan tempat magang untuk peserta",
        "kerja sama penyaluran lulusan",
    ],
    "pkbm": ["mitra keterampilan untuk warga belajar", "tutor dan sarana praktik"],
    "skb": ["mitra penyelenggara kelas di desa"],
    "smk": [
        "tempat prakerin bagi siswa dan rekrutmen alumni",
        "guru tamu dari industri",
    ],
    "dudi": [
        "tenaga kerja terampil siap pakai",
        "mitra pemasok dan pelanggan lokal",
        "program CSR yang tepat sasaran",
    ],
    "donor": [
        "lembaga lokal yang transparan sebagai mitra pelaksana",
        "penerima manfaat yang terdata dan laporan penggunaan dana",
    ],
    "ormas": [
        "pelatihan dan modal usaha bagi anggota",
        "pendamping dan jejaring pemasaran",
    ],
    "tokoh_masyarakat": ["program nyata untuk warga", ""],
    "pusat_karya": ["perajin muda dan pembeli baru", "pemasaran produk ke luar daerah"],
    "perguruan_tinggi": [
        "lokasi KKN dan mitra penelitian",
        "desa binaan untuk pengabdian",
    ],
    "koperasi": ["anggota baru dan mitra pemasaran"],
    "bumdes": ["mitra investasi dan pemasaran produk desa"],
}

DIRECTORIES = []  # (base name, id prefix, header of the one-column offer column, block)


# ---------------------------------------------------------------------------------------------
# 1. Bali: Kabupaten Tabanan (51.02)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_tabanan",
        "TBN",
        "Wujud Peran Serta Mitra",
        """
dinas g | Dinas Tenaga Kerja Kabupaten Tabanan | 51.02 | p=pelatihan berbasis kompetensi: bartender, housekeeping, tukang bangunan dan sopir wisata {48} | h=bursa kerja dan rekomendasi kerja kapal pesiar lewat LPK berizin {120}
dinas g | Dinas Pertanian Kabupaten Tabanan (Bidang Perkebunan) | 51.02 | t=penyuluh perkebunan kopi robusta dan kakao wilayah Pupuan dan Selemadeg {2} | s=bantuan mesin pulper dan huller kopi bagi kelompok tani terdaftar SIMLUHTAN, lewat proposal {3}
dinas g | Dinas Koperasi, UKM dan Perdagangan Kabupaten Tabanan | 51.02 | p=pendampingan PIRT, halal dan desain kemasan bagi UMKM {40} | h=temu bisnis dan kurasi produk untuk pasar modern di Denpasar, tanpa membeli {20:produk}
dinas g | Dinas Perindustrian Kab. Tabanan | 51.02 | s=rumah produksi bersama kopi di Pupuan dengan mesin sangrai 5 kg dan penggiling, dipakai bergiliran oleh IKM dan kelompok {1} | p=bimtek roasting dan cupping kopi {20}
dinas g | Dinas Pariwisata Kabupaten Tabanan | 51.02 | t=narasumber sadar wisata dan pengelolaan pokdarwis {2} | h=stan UMKM di DTW Tanah Lot dan Jatiluwih saat Tabanan Festival {25:produk}
dinas g | Dinas Sosial Kabupaten Tabanan | 51.02 | d=bantuan usaha KUBE bagi keluarga penerima yang tercatat di DTKS {Rp 20.000.000}
dinas g | Dinas Pendidikan, Kepemudaan dan Olahraga Kab. Tabanan (Bidang PNF) | 51.02 | d=BOP PKW bagi LKP dan PKBM terakreditasi {Rp 25.000.000} | p=bimtek tutor dan instruktur kursus {30}
dinas g | Cabang Dinas Pendidikan Provinsi Bali Wilayah Tabanan | 51.02 | p=fasilitasi MoU SMK dengan DUDI dan pemetaan tempat PKL, tanpa menempatkan siswa | t=pengawas SMK pendamping penyelarasan kurikulum industri {1}
blk g | UPTD Balai Latihan Kerja Kabupaten Tabanan | 51.02 | t=instruktur tata boga dan pastry bersertifikat BNSP bisa mengajar di lembaga mitra {2} | s=dapur pelatihan bisa dipinjam hari Sabtu {1} | p=pelatihan commis cook dan pastry 240 JP {16}
donor m | BAZNAS Kabupaten Tabanan | 51.02 | d=zakat produktif berupa modal dan alat usaha bagi mustahik dan kelompok usaha mustahik {Rp 150.000.000}
donor m | LPD Desa Adat Pupuan | 51.02 | d=kredit usaha bagi krama Desa Adat Pupuan dengan bunga ringan {Rp 400.000.000}
donor s | Bank BPD Bali Cabang Tabanan | 51.02 | d=KUR mikro dan kredit usaha rakyat sampai Rp 50 jt {Rp 3 M}
donor s | TJSL PT Bandara Internasional Bali | 51.03 | d=hibah peralatan usaha bagi UMKM di desa penyangga bandara, Kecamatan Kuta, Badung {Rp 250.000.000} | p=pelatihan hospitality bagi pemuda desa penyangga bandara {40}
donor s | TJSL PT Panas Bumi Bedugul | 51.02 | d=bantuan modal kelompok usaha di desa ring 1 Kecamatan Baturiti (Candikuning dan Bedugul) {Rp 100.000.000}
donor m | Yayasan Kopi Lestari Bali | 51.04 | t=pendamping budidaya dan pascapanen kopi organik {1} | s=hibah mesin sangrai 1 kg dan grinder bagi kelompok perempuan pengolah kopi di Bali, lewat seleksi {2}
donor s | Program Hibah Kopi Nusantara (seleksi nasional) | 31.74 | d=hibah modal kerja bagi kelompok pengolah kopi rakyat seluruh Indonesia, proposal daring {Rp 20.000.000}
dudi s | Pusat Oleh-oleh Khas Bali Jl. Raya Tanah Lot | 51.02 | h=membeli putus kopi bubuk, pie susu, kacang dan keripik dari UMKM ber-PIRT {500:bungkus/bulan}
dudi s | Toko Oleh-oleh Candikuning Bedugul | 51.02 | h=titip jual kopi bubuk dan selai stroberi, bagi hasil 20 % {30:produk}
dudi s | Pengepul Kopi Pupuan Sari | 51.02 | h=membeli kopi gelondong merah dan kopi asalan dari petani {5:ton/bulan}
dudi s | Kedai Kopi Subak Jatiluwih | 51.02 | h=memakai kopi sangrai robusta lokal untuk kedai, diambil dari kelompok di Tabanan {40:kg/bulan} | p=tempat PKL barista dan pramusaji {3}
dudi s | Resort Sawah Jatiluwih | 51.02 | p=praktik kerja lapangan housekeeping, front office dan F&B bagi siswa SMK pariwisata {6} | h=rekrut pramusaji kontrak musim ramai {4}
dudi s | Hotel Tanah Lot Nirwana Resort | 51.02 | p=program PKL 6 bulan di kitchen, F&B service dan housekeeping bagi SMK se-Bali {10} | t=executive chef bisa menjadi guru tamu di sekolah mitra {1} | h=rekrut daily worker dari alumni PKL {8}
dudi s | Restoran Danau Beratan Baturiti | 51.02 | h=membeli sayur, stroberi dan kopi lokal untuk restoran prasmanan {20:kg/bulan} | p=tempat PKL pramusaji {4}
dudi s | Villa dan Spa Puri Kerambitan | 51.02 | p=magang terapis spa bagi lulusan kursus spa bersertifikat {2}
dudi s | Katering Ayu Kediri Tabanan | 51.02 | p=siswa PKL tata boga di dapur katering {4} | h=membeli snack dan kopi kemasan untuk paket rapat kantor {100:bungkus/bulan}
dudi s | Toko Mesin Kopi dan Roasting Denpasar Jaya | 51.71 | s=jual mesin sangrai 1-5 kg dan grinder, bisa cicil 12 bulan
dudi s | Toko Kemasan dan Label Sinar Tabanan | 51.02 | s=jual standing pouch berkatup, sealer dan cetak label
dudi s | Swalayan Tiara Tabanan | 51.02 | h=konsinyasi produk lokal berlabel PIRT dan barcode {40:produk}
dudi s | Kafe Roastery Canggu Beans | 51.03 | h=membeli green bean robusta Pupuan grade 1 untuk disangrai sendiri {200:kg/bulan}
dudi s | Agrowisata Kopi Luwak Marga | 51.02 | h=membeli kopi bubuk dari kelompok untuk dijual di toko agrowisata {100:kg/bulan} | p=tempat PKL pemandu wisata {2}
dudi s | Pedagang Hasil Bumi Pasar Tabanan | 51.02 | h=membeli cabai, jahe dan kunyit dari petani {1:ton/minggu}
smk m | SMK Negeri 1 Tabanan (Perhotelan) | 51.02 | p=siswa PKL perhotelan yang mencari tempat prakerin {30}
smk m | SMK Negeri 1 Pupuan (Agribisnis Pengolahan Hasil Pertanian) | 51.02 | s=mesin sangrai kopi dan pengemas sekolah bisa dipakai kelompok tani dengan jadwal {1} | t=guru APHP pendamping pengolahan kopi {1}
lkp m | LPK Kapal Pesiar Bali Dwipa Tabanan | 51.02 | p=kursus kapal pesiar berbayar dan penempatan ke kapal hanya bagi lulusan sendiri {20}
lkp m | LKP Barista Bali Kopi Kediri | 51.02 | p=kursus barista berbayar {12} | t=instruktur barista bisa menjadi guru tamu dengan honor {1}
perguruan_tinggi m | Universitas Tabanan (Fakultas Pertanian) | 51.02 | t=dosen teknologi pangan pendamping pascapanen kopi {2} | p=pelatihan uji cita rasa kopi di desa binaan {20}
perguruan_tinggi m | Politeknik Pariwisata Nusa Dua | 51.03 | t=dosen tata hidang dan kitchen bisa menjadi guru tamu SMK {2} | s=laboratorium hotel kampus untuk kunjungan industri {1}
ormas m | TP PKK Kabupaten Tabanan | 51.02 | p=kader PKK {30} | h=bazar UMKM di Taman Kota Tabanan setiap bulan {20:produk}
ormas m | Dekranasda Kabupaten Tabanan | 51.02 | h=galeri produk unggulan dan kurasi pameran ke Denpasar dan Jakarta {30:produk}
ormas m | Desa Adat Pujungan (Bendesa dan prajuru adat) | 51.02 | s=wantilan desa adat bisa dipakai untuk kegiatan kelompok {1} | p=menggerakkan krama untuk ikut pelatihan {40}
ormas m | PHRI BPC Tabanan | 51.02 | p=menghubungkan SMK dengan hotel anggota untuk PKL, penempatan diputuskan hotel masing-masing | h=info lowongan hotel anggota {50}
koperasi m | Koperasi Tani Kopi Pupuan Mandiri | 51.02 | h=membeli kopi sangrai anggota untuk dijual dengan merek koperasi {500:kg/bulan} | d=pinjaman khusus anggota {Rp 200.000.000}
bumdes m | BUMDes Pujungan Sejahtera | 51.02 | h=kios di jalur Pupuan-Seririt menjual olahan warga desa {20:produk} | s=gudang dan lantai jemur kopi desa bisa dipakai kelompok warga {1}
tokoh_masyarakat m | I Wayan Sudarsana (pensiunan chef hotel) | 51.02 | t=mau menjadi guru tamu tata boga di SMK tanpa honor {1}
tokoh_masyarakat m | Ni Made Suastini (perintis kopi bubuk rumahan Pupuan) | 51.02 | t=mau mengajari cara sangrai manual dan menyimpan kopi {1}
dudi s | Toko Kopi Bubuk Men Sari | 51.02 tidak | h=membeli kopi bubuk dari kelompok perempuan {200:kg/bulan}
dudi s | Hotel Bedugul Highland | 51.02 tidak | p=PKL front office dan F&B bagi SMK {8}
dudi s | Warung Men Kadek | 51.02 x | h=bisa titip
ormas m | Sekaa Teruna Banjar Dauh Pala | 51.02 x | t=ada
dudi s | Hotel Kuta Beach Samudra | 51.03 | p=PKL F&B dan housekeeping bagi SMK se-Bali, tanpa asrama {12} | h=rekrut alumni PKL {10}
dudi s | Pusat Oleh-oleh Bali Sentosa Denpasar | 51.71 | h=membeli putus kopi bubuk Bali dari kelompok di Tabanan, Bangli dan Buleleng {300:bungkus/bulan}
dudi s | Hotel Pantai Pemuteran | 51.08 | p=PKL F&B bagi siswa SMK {4}
dudi s | Pusat Oleh-oleh Osing Banyuwangi | 35.10 | h=membeli kopi bubuk dan keripik dari produsen Banyuwangi {400:bungkus/bulan}
dudi s | Agen Awak Kapal Pesiar Jakarta | 31.74 | p=magang hotel kapal pesiar bagi lulusan SMK perhotelan, biaya sendiri {20} | h=penempatan kerja kapal pesiar {30}
dudi s | Toko Daring Kopi Nusantara Jakarta | 31.74 | h=membeli kopi bubuk robusta Bali tiap bulan, dikirim ekspedisi {100:kg/bulan}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 2. Sumatera Utara: Kabupaten Asahan (12.09)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_asahan",
        "ASH",
        "Rincian Sumbangan Lembaga",
        """
dinas g | Dinas Tenaga Kerja Kabupaten Asahan | 12.09 | p=pelatihan kerja di UPT BLK Kisaran: las listrik, teknisi AC dan operator komputer {48} | h=bursa kerja dan antar kerja lokal ke perkebunan dan PKS {150}
dinas g | Dinas Perikanan Kabupaten Asahan | 12.09 | s=bantuan para-para jemur ikan dan cool box bagi POKLAHSAR terdaftar, lewat proposal {10} | p=bimtek pengolahan ikan asin rendah garam dan sertifikasi SKP {25}
dinas g | Dinas Koperasi dan UKM Kabupaten Asahan | 12.09 | d=pinjaman dana bergulir bagi koperasi dan kelompok usaha mikro, jasa 6 % per tahun, maks Rp 30 jt per kelompok {Rp 600.000.000} | p=pendampingan NIB dan PIRT {40}
dinas g | Dinas Perindustrian dan Perdagangan Kab. Asahan | 12.09 | s=rumah kemasan bersama di Kisaran dengan sealer dan mesin cetak label {1} | h=temu bisnis dengan ritel modern di Medan {20:produk}
dinas g | Dinas Sosial Kabupaten Asahan | 12.09 | d=bantuan KUBE bagi keluarga penerima yang tercatat di DTKS {Rp 20.000.000}
dinas g | Dinas Pendidikan Kabupaten Asahan (Bidang PAUD dan Dikmas) | 12.09 | d=BOP kesetaraan bagi PKBM terakreditasi {Rp 20.000.000} | t=penilik PNF pendamping administrasi PKBM {1}
dinas g | Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kab. Asahan | 12.09 | p=pelatihan kewirausahaan bagi perempuan kepala keluarga {30} | t=fasilitator gender {1}
dinas g | Dinas Kelautan dan Perikanan Provinsi Sumatera Utara (UPT Pesisir Timur) | 12.74 | s=bantuan mesin pengering ikan tenaga surya bagi kelompok pengolah di pesisir timur Sumut {3}
blk g | UPT BLK Kisaran | 12.09 | t=instruktur tata boga bersertifikat bisa diperbantukan mengajar di lembaga mitra {1} | s=dapur praktik bisa dipinjam di luar jadwal pelatihan {1} | p=pelatihan pengolahan roti dan kue 160 JP {16}
donor m | BAZNAS Kabupaten Asahan | 12.09 | d=zakat produktif berupa modal dan alat usaha bagi mustahik dan kelompok usaha mustahik {Rp 300.000.000}
donor m | LAZ Kisaran Berbagi | 12.09 | d=qardhul hasan bagi pedagang Pasar Inpres Kisaran, maks Rp 2 jt per orang {Rp 40.000.000}
donor s | Bank Sumut Cabang Kisaran | 12.09 | d=KUR mikro sampai Rp 50 jt dan kredit usaha perempuan {Rp 4 M}
donor s | CSR PT Aluminium Kuala Tanjung | 12.19 | d=bantuan modal bagi kelompok nelayan dan UMKM ring 1 pabrik di Kecamatan Sei Suka dan Medang Deras, Batu Bara {Rp 400.000.000} | s=bantuan alat usaha warga ring 1 {10}
donor s | CSR PT Sawit Asahan Lestari | 12.09 | d=bantuan modal usaha bagi desa sekitar kebun di Kecamatan Bandar Pulau dan Aek Songsongan {Rp 150.000.000}
donor s | TJSL PT Pelabuhan Teluk Nibung | 12.74 | d=bantuan modal kelompok pengolah ikan di pesisir Tanjungbalai dan Bagan Asahan, maks Rp 50 jt per kelompok {Rp 100.000.000}
donor s | Program Hibah Pesisir Nusantara (seleksi nasional) | 31.74 | d=hibah modal kerja bagi kelompok pengolah hasil perikanan seluruh Indonesia, proposal daring {Rp 50.000.000}
donor m | Yayasan Pesisir Timur Berdaya | 12.09 | d=modal bergulir bagi kelompok perempuan pesisir di Kecamatan Sei Kepayang {Rp 60.000.000} | t=pendamping usaha {1}
dudi s | Pengepul Ikan Asin Bagan Asahan | 12.09 | h=membeli ikan asin dan terasi dari pengolah rumahan {3:ton/bulan} | d=panjar modal bagi pengolah yang menjual hasilnya kepadanya {Rp 5.000.000}
dudi s | Toko Garam dan Perlengkapan Ikan Sinar Bagan | 12.09 | s=jual garam kasar, terpal dan para-para jadi, bisa bon bagi pengolah langganan
dudi s | Cold Storage Teluk Nibung | 12.74 | s=sewa ruang pendingin ikan per hari {20:ton}
dudi s | Toko Roti dan Kue Melati Kisaran | 12.09 | h=menerima lulusan kursus kue sebagai karyawan produksi {3} | t=kepala produksi bisa mengajar kursus kue dua kali seminggu dengan honor {1}
dudi s | Usaha Kue Bawang dan Bolu Ketapang Asahan | 12.09 | h=membeli kue kering titipan ibu rumah tangga menjelang Lebaran {500:toples/tahun}
dudi s | Toko Bahan Kue dan Alat Dapur Kisaran Jaya | 12.09 | s=jual oven, mixer dan loyang, bisa cicil | t=demo memasak gratis sebulan sekali bagi pembeli bahan {1}
dudi s | Hotel Kisaran Permai | 12.09 | h=rekrut cook helper dan pastry dari lulusan kursus {2} | p=magang dapur hotel {3}
dudi s | Katering Ummi Rawang Panca Arga | 12.09 | h=pesan kue kotak dari warga belajar untuk acara {200:kotak/bulan}
dudi s | Pabrik Kelapa Sawit Aek Loba | 12.09 | h=rekrut operator dan tenaga panen {50} | p=magang teknisi PKS {6}
dudi s | Supermarket Maju Kisaran | 12.09 | h=konsinyasi produk UMKM berlabel PIRT dan halal {40:produk}
dudi s | Eksportir Ikan Asin Tanjungbalai | 12.74 | h=membeli ikan asin kualitas ekspor {10:ton/bulan}
dudi s | Bengkel Las Rak Jemur Pak Anto | 12.09 | s=membuat rak jemur stainless dan para-para dengan harga produksi, bisa dicicil
smk m | SMK Negeri 2 Kisaran (Tata Boga) | 12.09 | t=guru tata boga bisa mengajar kursus kue di lembaga mitra, sore hari {2} | s=dapur praktik sekolah bisa dipakai mitra hari Sabtu {1}
smk m | SMK Negeri 1 Sei Kepayang (Agribisnis Pengolahan Hasil Perikanan) | 12.09 | t=guru APHPi pendamping pengolahan ikan {1} | p=pelatihan singkat pengolahan ikan asin higienis di desa binaan sekolah di Sei Kepayang {20}
lkp m | LKP Tata Boga Nusa Indah Kisaran | 12.09 | p=kursus kue dan roti berbayar dengan sertifikat kompetensi {15} | h=lulusan disalurkan ke toko roti jaringan {10}
lkp m | LKP Tata Rias Melayu Sri Asahan | 12.09 | t=instruktur tata rias pengantin bisa mengajar di PKBM {1}
pkbm m | PKBM Bina Insani Air Joman | 12.09 | p=warga belajar paket C yang mencari kursus keterampilan {25}
pkbm m | PKBM Al-Hidayah Simpang Empat | 12.09 | t=tutor kue bolu dan kue basah bisa mengajar di PKBM lain seminggu sekali {1} | s=oven dan mixer PKBM bisa dipinjam lembaga lain {2}
perguruan_tinggi m | Universitas Asahan (Fakultas Perikanan) | 12.09 | t=dosen teknologi hasil perikanan {2} | p=pelatihan pengolahan ikan asin higienis dan pengurusan PIRT di desa pesisir binaan {30}
ormas m | TP PKK Kabupaten Asahan | 12.09 | p=kader PKK {30} | h=bazar UMKM di Lapangan Rambate Rata Raya Kisaran tiap bulan {20:produk}
ormas m | HNSI DPC Asahan | 12.09 | p=mengumpulkan nelayan dan istri nelayan untuk pelatihan {60}
ormas m | Majelis Adat Budaya Melayu Asahan | 12.09 | t=tokoh budaya pengajar kue tradisional Melayu (bolu kemojo, kue bangkit) {1}
ormas m | Kelompok Nelayan Bagan Asahan Baru | 12.09 | p=menggerakkan istri nelayan untuk ikut pelatihan {30}
tokoh_masyarakat m | Ibu Hj. Rosmawati (pengusaha kue bolu Kisaran) | 12.09 | t=mau mengajar membuat bolu dan kue Melayu di PKBM tanpa honor, dua kali seminggu {1}
tokoh_masyarakat m | Bapak Syahrial (juragan ikan asin senior) | 12.09 | t=mau mengajari cara menggarami dan menjemur ikan {1}
koperasi m | Koperasi Nelayan Bagan Asahan Sejahtera | 12.09 | d=pinjaman khusus anggota {Rp 150.000.000} | s=para-para jemur milik koperasi untuk anggota {20}
bumdes m | BUMDes Bagan Asahan Makmur | 12.09 | s=rumah pengolahan ikan desa dengan para-para dan tungku, dipakai bergiliran oleh kelompok warga desa {1}
dinas g | Pangkalan Pendaratan Ikan Bagan Asahan | 12.09 | s=ruang pertemuan dan lantai jemur bersama di PPI {1}
dudi s | Toko Kue Sari Rasa Kisaran | 12.09 tidak | t=pastry chef mau mengajar kursus kue {1}
donor m | Yayasan Nelayan Sejahtera Asahan | 12.09 tidak | d=modal bergulir bagi pengolah ikan asin {Rp 50.000.000}
dudi s | Kedai Kopi Pak Ucok | 12.09 x | h=bisa titip
ormas m | Remaja Masjid Al-Falah | 12.09 x | t=ada
blk g | UPT Pelatihan Kerja Provinsi Sumatera Utara (Medan) | 12.71 | t=instruktur pastry dan bakery bersertifikat {2} | p=pelatihan bakery 240 JP {16}
dudi s | Pusat Oleh-oleh Jl. Mojopahit Medan | 12.71 | h=membeli ikan asin dan teri dari pengolah Asahan dan Batu Bara {1:ton/bulan}
dinas g | Dinas Koperasi dan UKM Provinsi Sumatera Utara | 12.71 | d=dana bergulir bagi koperasi dan KUB se-Sumatera Utara lewat proposal, maks Rp 50 jt {Rp 1 M} | p=pelatihan kewirausahaan di Medan {30}
dudi s | Toko Roti Siantar Jaya | 12.72 | t=baker senior bisa mengajar kursus roti di luar kota dengan biaya transport {1}
dinas g | Dinas Perikanan Kabupaten Batu Bara | 12.19 | s=bantuan alat pengolahan ikan bagi kelompok di Kabupaten Batu Bara {5}
dudi s | Distributor Ikan Asin Pekanbaru | 14.71 | h=membeli ikan asin dari Sumatera Utara {5:ton/bulan}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 3. Papua Tengah: Kabupaten Mimika (94.04)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_mimika",
        "MMK",
        "Modal Kerja Sama yang Dibawa",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Mimika | 94.04 | p=pelatihan berbasis kompetensi di UPTD BLK Timika: mekanik sepeda motor, las, menjahit dan operator komputer {64} | h=bursa kerja dan penyaluran ke kontraktor tambang {200}
dinas g | Dinas Pertanian dan Ketahanan Pangan Kab. Mimika | 94.04 | s=bantuan mesin parut sagu bermotor dan alat peras bagi kelompok tani pangan lokal terdaftar, lewat usulan distrik {6} | t=penyuluh pangan lokal {2}
dinas g | Dinas Koperasi, UKM dan Perindustrian Kabupaten Mimika | 94.04 | p=pendampingan PIRT dan kemasan tepung sagu {30} | h=promosi produk UMKM di pameran, tanpa membeli {20:produk}
dinas g | Dinas Perdagangan Kab. Mimika (UPTD Pasar Sentral Timika) | 94.04 | s=lapak gratis di Pasar Mama-mama Papua bagi pedagang asli Papua {50} | h=menata tempat jual hasil kebun dan olahan mama-mama {50:lapak}
dinas g | Dinas Sosial Kabupaten Mimika | 94.04 | d=bantuan usaha KUBE bagi keluarga penerima yang terdata di DTKS {Rp 20.000.000}
dinas g | Dinas Pemberdayaan Perempuan, Perlindungan Anak dan KB Kab. Mimika | 94.04 | s=hibah peralatan usaha kelompok perempuan asli Papua (mesin parut, kompor, wajan), lewat proposal {10} | p=pelatihan pengolahan pangan lokal {25}
dinas g | Dinas Pendidikan Kabupaten Mimika (Bidang SMK dan PNF) | 94.04 | p=koordinasi MoU sekolah dan perusahaan untuk magang, tanpa menempatkan peserta
blk g | UPTD BLK Kabupaten Mimika | 94.04 | t=instruktur otomotif dan alat berat bersertifikat bisa mengajar di lembaga mitra {2} | s=bengkel praktik dengan 1 unit excavator mini, bisa dipinjam {1} | p=pelatihan mekanik alat berat 240 JP {16}
donor s | Yayasan Tiga Lembah (dana kemitraan tambang) | 94.04 | d=beasiswa dan modal usaha bagi warga asli dari kampung-kampung sekitar area tambang di Distrik Tembagapura, lewat lembaga adat {Rp 1 M} | p=magang teknik di perusahaan tambang bagi pemuda dari kampung sekitar area tambang Tembagapura {30}
donor m | BAZNAS Kabupaten Mimika | 94.04 | d=zakat produktif berupa modal usaha bagi mustahik {Rp 100.000.000}
donor s | Bank Papua Cabang Timika | 94.04 | d=KUR mikro dan kredit usaha mama-mama Papua sampai Rp 25 jt {Rp 2 M}
donor m | Yayasan Peduli Mama Papua | 94.04 | d=hibah modal kerja bagi kelompok mama-mama pengolah pangan lokal di Mimika {Rp 25.000.000} | t=pendamping usaha {1}
donor s | CSR PT Perkebunan Sawit Iwaka | 94.04 | d=bantuan modal bagi kampung plasma di Distrik Iwaka {Rp 200.000.000}
donor s | Program Hibah Pangan Lokal Timur (seleksi nasional) | 31.74 | d=hibah modal kerja bagi kelompok pengolah pangan lokal (sagu, umbi, jagung) di Papua dan Maluku, proposal daring {Rp 30.000.000}
dudi s | Toko Oleh-oleh Khas Papua Timika | 94.04 | h=membeli tepung sagu kemasan dan sagu lempeng dari kelompok mama-mama {200:bungkus/bulan}
dudi s | Swalayan Timika Indah | 94.04 | h=konsinyasi produk lokal berlabel PIRT {30:produk}
dudi s | Pedagang Sagu Pasar Lama Timika | 94.04 | h=membeli sagu basah (tumang) dari kampung {1:ton/bulan}
dudi s | Rumah Makan Papeda Kuala Kencana | 94.04 | h=membeli sagu basah untuk papeda {200:kg/bulan}
dudi s | Toko Mesin dan Alat Pertanian Sinar Timika | 94.04 | s=jual mesin parut sagu, genset dan alat peras, bisa kredit
dudi s | Bengkel Alat Berat Mimika Teknik | 94.04 | p=magang mekanik alat berat 3 bulan bagi lulusan SMK {4} | h=rekrut mekanik junior dari peserta magang {2}
dudi s | PT Kontraktor Jasa Tambang Nemang (Kuala Kencana) | 94.04 | p=magang mekanik heavy equipment 6 bulan bagi pemuda Papua lulusan SMK, lewat seleksi {10} | h=perekrutan operator dan mekanik {20}
dudi s | Rental Alat Berat dan Truk Pomako | 94.04 | p=magang operator excavator, bukan mekanik {2}
dudi s | Dealer Sepeda Motor Timika Jaya | 94.04 | p=magang mekanik sepeda motor {3}
dudi s | Bengkel Diesel Jalan Hasanuddin Timika | 94.04 | p=magang mekanik mesin diesel truk dan mobil {3} | t=kepala mekanik bisa mengajar kelas persiapan dengan honor {1}
dudi s | PT Traktor Papua Cabang Timika | 94.04 | t=instruktur service pabrikan memberi pelatihan bagi mekanik perusahaan pelanggan {1} | p=magang mekanik bagi lulusan politeknik mitra dari Jawa {4}
dudi s | Hotel Amole Timika | 94.04 | h=membeli sagu lempeng dan ikan untuk menu khas {50:kg/bulan} | p=PKL tata boga {3}
dudi s | Pengepul Kepiting Pomako | 94.04 | h=membeli kepiting bakau dari nelayan Kamoro {2:ton/bulan} | d=panjar modal jaring bagi penjual tetap {Rp 3.000.000}
smk m | SMK Negeri 1 Mimika (Teknik Alat Berat) | 94.04 | t=guru teknik alat berat bisa mengajar kelas persiapan di lembaga mitra, sore hari {1} | s=bengkel sekolah bisa dipakai hari Sabtu {1} | p=siswa yang mencari tempat prakerin {30}
smk m | SMK YPPK Timika (Tata Boga) | 94.04 | s=dapur praktik bisa dipakai kelompok perempuan dengan jadwal {1}
lkp m | LPK Alat Berat Mimika Jaya | 94.04 | p=kursus operator dan mekanik alat berat berbayar, penempatan magang hanya bagi peserta sendiri {15}
pkbm m | PKBM Kasih Ibu Kwamki Narama | 94.04 | p=warga belajar kesetaraan yang mencari pelatihan {25}
perguruan_tinggi m | Politeknik Teknik Tambang Timika | 94.04 | t=dosen teknik mesin bisa menjadi instruktur kelas persiapan {2} | s=bengkel kampus {1}
perguruan_tinggi m | Universitas Timika (Fakultas Pertanian) | 94.04 | t=dosen teknologi pangan pendamping olahan sagu {1} | s=alat pengering tepung sagu di laboratorium kampus bisa dipakai kelompok dampingan {1}
ormas m | TP PKK Kabupaten Mimika | 94.04 | p=kader PKK {30} | h=bazar UMKM di halaman gedung serbaguna Timika tiap bulan {20:produk}
ormas m | Lembaga Adat Kamoro Distrik Mimika Timur | 94.04 | s=rumah adat bisa dipakai untuk kegiatan kelompok {1} | p=menggerakkan mama-mama ikut pelatihan {40}
ormas m | Dewan Adat Amungme Wilayah Kwamki | 94.04 | p=mengumpulkan pemuda untuk ikut pelatihan {40}
tokoh_masyarakat m | Mama Yuliana Mapiare (pengolah sagu senior Kaugapu) | 94.04 | t=mau mengajari cara mengolah sagu menjadi tepung dan bagea {1}
tokoh_masyarakat m | Bapak Hendrik Magal (pensiunan mekanik tambang) | 94.04 | t=mau mengajar kelas persiapan mekanik alat berat untuk pemuda, tanpa honor {1}
koperasi m | Koperasi Perempuan Kamoro Sejahtera | 94.04 | d=pinjaman khusus anggota {Rp 80.000.000} | s=mesin parut sagu koperasi untuk anggota {2}
bumdes m | BUMKam Kaugapu | 94.04 | s=rumah produksi sagu kampung dengan mesin parut, dipakai bergiliran kelompok warga kampung {1} | h=menjual sagu warga ke Timika dengan perahu kampung {500:kg/bulan}
dinas g | UPTD Pelabuhan Perikanan Pomako | 94.04 | s=cold storage dan ruang pertemuan untuk nelayan {1}
dudi s | Toko Tepung Sagu Mama Dorci | 94.04 tidak | h=membeli tepung sagu kemasan dari kelompok {300:bungkus/bulan}
dudi s | Bengkel Alat Berat Kwamki | 94.04 tidak | p=magang mekanik alat berat {4}
dudi s | Kios Pinang Mama Ance | 94.04 x | h=bisa titip
ormas m | Kelompok Tani Kampung Iwaka | 94.04 x | t=ada
dinas g | Dinas Pertanian Provinsi Papua Tengah (Nabire) | 94.01 | s=bantuan alat pengolahan sagu bagi kelompok tani se-Papua Tengah, lewat usulan kabupaten {10}
blk g | Balai Latihan Kerja Nabire | 94.01 | t=instruktur alat berat {1} | p=pelatihan alat berat 240 JP berasrama {16}
dudi s | Pedagang Hasil Bumi Waghete | 94.08 | h=membeli sagu dan ikan kering dari pesisir untuk dijual di pegunungan, dikirim pesawat {200:kg/bulan}
dudi s | Bengkel Alat Berat Jayapura | 91.71 | p=magang mekanik alat berat 3 bulan {4}
dudi s | Pusat Oleh-oleh Papua Jayapura | 91.71 | h=membeli olahan sagu dari Sentani dan Jayapura {300:bungkus/bulan}
dudi s | Pabrik Mesin Pertanian Makassar | 73.71 | s=jual mesin parut sagu dan kirim ke Papua
dudi s | Toko Daring Pangan Lokal Jakarta | 31.74 | h=membeli tepung sagu Papua tiap bulan lewat kargo udara {100:kg/bulan}
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
        row.update(
            partner_id=p["partner_id"],
            name=p["name"],
            sector=p["sector"],
            kind=p["kind"],
        )
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


def satu_kolom(
    rows: list[dict], header: str, rng: random.Random
) -> tuple[list[str], list[list]]:
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
        write_csv(
            HERE / f"{base}.csv", COLUMNS, [[r[c] for c in COLUMNS] for r in rows]
        )
        head, one = satu_kolom(rows, header, rng)
        write_csv(HERE / f"{base}_satu_kolom.csv", head, one)
        kap = kapital(rows, rng)
        write_csv(
            HERE / f"{base}_kapital.csv",
            COLUMNS,
            [[r[c] for c in COLUMNS] for r in kap],
        )
        shapes += [
            [base, "per_aspek", f"{base}.csv"],
            [base, "satu_kolom", f"{base}_satu_kolom.csv"],
            [base, "kapital", f"{base}_kapital.csv"],
        ]
        print(f"{base}: {len(rows)} partners")
    write_csv(HERE / "shapes.csv", shapes[0], shapes[1:])


if __name__ == "__main__":
    main()
